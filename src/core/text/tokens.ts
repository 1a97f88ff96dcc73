// Tokens with their offsets, so facts can cite the exact characters of their sentence.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower case, for pack look-ups. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Whitespace right before it (tells "Jl." from "Jl .", "5%" from "5 %"). */
  spaceBefore: boolean;
}

// A word: letters and digits, with inner apostrophes, hyphens, dots, slashes or ampersands
// ("Jum'at", "Alun-alun", "KOMPAS.com", "a.n", "a/l"); a number: digits with inner separators
// ("130.000", "2,1", "1/12/25", "19.42"); anything else is one punctuation character.
const TOKEN =
  /(?<!\p{N})(\p{N}+(?:[.,/:]\p{N}+)*)(?![\p{L}])|([\p{L}\p{N}]+(?:['’][\p{L}]+|[-.&/][\p{L}\p{N}]+)*)|(\S)/gu;
const UPPER_START = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const start = m.index;
    out.push({
      text: t,
      start,
      end: start + t.length,
      kind: m[1] ? 'number' : m[2] ? 'word' : 'punct',
      lower: t.toLowerCase(),
      cap: UPPER_START.test(t),
      spaceBefore: start === 0 || /\s/.test(text[start - 1]!),
    });
  }
  return out;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** Lower-case content words (letters and digits), for overlap and similarity. */
export function contentWords(text: string, stopwords: Set<string>): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(WORDS) ?? []) {
    if (w.length > 1 && !stopwords.has(w)) out.push(w);
  }
  return out;
}

export function isStopword(word: string, stopwords: Set<string>): boolean {
  return stopwords.has(word.toLowerCase());
}

// URLs, e-mail addresses and handles: their digits are never dates or numbers.
const MASKABLE =
  /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+(?:\.[\w-]+)+\/\S*/giu;

const MAY_HAVE_URL = /[/@]|www\./;

/** The text with URLs and e-mail addresses blanked out, same length, same offsets. */
export function maskUrls(text: string): string {
  if (!MAY_HAVE_URL.test(text)) return text;
  return text.replace(MASKABLE, (m) => ' '.repeat(m.length));
}
