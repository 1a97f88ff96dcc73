// A telephone number is no date line: "+81 158-23-2012" holds a year-like group and is mostly
// digits, as "Kamis, 5 November 2015 14:56" is, but it is the place's number, kept with its
// address.

/** An optional label ("Tel.", "Phone:", "Fon", "Telp", "WA"), then the number. */
const PHONE =
  /^(?:(?:tel|tél|telp|telefon|telephone|téléphone|phone|fon|fax|hp|wa|mobile?)\.?:?\s*)?(\+\d[\d\s()./-]{6,}\d|\(?0\d[\d\s()./-]{5,}\d)$/iu;
/** A date inside it ("05.10.2021", "5/10/21") makes it a date line after all. */
const DATE = /(?:^|[^\d])\d{1,2}([./-])\d{1,2}\1\d{2,4}(?![\d])/;
const CLOCK = /\d:\d{2}/;

export function isPhoneNumber(text: string): boolean {
  const m = PHONE.exec(text.trim());
  if (!m) return false;
  const number = m[1] ?? '';
  const digits = number.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15 || CLOCK.test(number)) return false;
  // An international number (+) is a number; a national one (0...) unless it reads as a date.
  return number.startsWith('+') || !DATE.test(number);
}
