// News datelines at the start of an article: "Jakarta, KOMPAS.com -", "HABARTerkini.net,
// Paringin –", "Jakarta, CNN Indonesia - -", "Merdeka.com -", "JAKARTA (ANTARA) -". A dateline is
// not part of what the article says: the summary leaves it out, and its place is a weak fact.

export interface Dateline {
  /** Length of the dateline with its dash and the spaces after it. */
  length: number;
  /** The place it names, verbatim, or null when it names only the source. */
  place: string | null;
  /** Offset of the place in the sentence. */
  placeStart: number;
}

// Up to six capitalised words or domains, commas between, an optional "(AGENCY)", then a spaced
// dash (one or more of - – —), then the text.
const DATELINE =
  /^((?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&]*(?:,?\s+|\s*(?=\())){0,5}[\p{Lu}\p{N}][\p{L}\p{N}.'’&]*(?:\s*\([\p{Lu}\p{L}\s.]{2,30}\))?)[\s\u00ad\u200b]+[-–—](?:\s*[-–—])*\s+(?=\S)/u;
const DOMAIN = /\.\p{L}{2,}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

function isSource(part: string): boolean {
  if (DOMAIN.test(part) || part.includes('(')) return true;
  const words = part.split(/\s+/);
  // "CNN Indonesia": an acronym beside other words names a medium; a lone "JAKARTA" is a place.
  return words.length > 1 && words.some((w) => ACRONYM.test(w));
}

export function findDateline(sentence: string): Dateline | null {
  const m = DATELINE.exec(sentence);
  if (!m) return null;
  const prefix = m[1]!;
  const parts: { text: string; start: number }[] = [];
  let pos = 0;
  for (const raw of prefix.split(',')) {
    const text = raw.trim().replace(/(?<!\s)\s*\([^()]*\)$/, '');
    parts.push({ text, start: pos + raw.indexOf(text) });
    pos += raw.length + 1;
  }
  if (
    parts.length < 2 &&
    !/\(/.test(prefix) &&
    !DOMAIN.test(prefix) &&
    prefix.split(/\s+/).length > 3
  ) {
    return null;
  }
  const places = parts.filter((p) => p.text && !isSource(p.text) && !DOMAIN.test(p.text));
  const place = parts.length > 1 || /\(/.test(prefix) ? (places[0] ?? null) : null;
  return { length: m[0].length, place: place?.text ?? null, placeStart: place?.start ?? -1 };
}
