// Valid moments and dates at every boundary (import, storage, display). A number JavaScript
// cannot turn into a date (`9e15`) or a date that is no date ("2025-13", "2025-02-30") is
// refused where it comes in, and formatted to nothing where one is already stored.

/** The last moment Ringkas accepts: the end of the year 9999 (four-digit ISO years). */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Epoch milliseconds of a real moment: a whole number from 1970 to the end of 9999. */
export function isTime(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= MAX_TIME;
}

/** 0001-01-01T00:00:00Z. */
const FIRST_YEAR_ONE = -62135596800000;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A date fact's ISO value: "2025", "2025-12", "--12-01" (no year) or "2025-12-01". */
export function isFactIso(iso: string): boolean {
  let m = /^(\d{4})$/.exec(iso);
  if (m) return true;
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  m = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (m) return validDay(2000, Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A date-time string (a published time): it parses, its calendar day exists, its year has four digits. */
export function isDateTime(text: string): boolean {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms) || ms < FIRST_YEAR_ONE || ms > MAX_TIME) return false;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return !day || validDay(Number(day[1]), Number(day[2]), Number(day[3]));
}
