// Character classes by table, for the loops that count words and letters over a whole article:
// a regex per word (or a match array of every letter) costs far more than a look-up per code
// unit. Each class is what the regex it replaces says of the character; the table is filled from
// those regexes, 256 code units at a time, as text needs them. Characters outside the Basic
// Multilingual Plane (surrogate pairs) are the callers' to leave to the regexes.

/** \p{L} or \p{N}: a character of a word. */
export const WORD_CHAR = 1;
/** \p{L}: a letter. */
export const LETTER = 2;
/** \p{Script=Latin}. */
export const LATIN = 4;
/** Han, Hiragana, Katakana or Thai: scripts written without spaces between words. */
export const UNSPACED = 8;
const KNOWN = 128;

const TESTS: readonly [RegExp, number][] = [
  [/[\p{L}\p{N}]/u, WORD_CHAR],
  [/\p{L}/u, LETTER],
  [/\p{Script=Latin}/u, LATIN],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u, UNSPACED],
];

const table = new Uint8Array(0x10000);

function fill(code: number): number {
  const start = code & ~0xff;
  for (let c = start; c < start + 0x100; c++) {
    let bits = KNOWN;
    // Lone surrogates are no character; the callers never look them up.
    if (c < 0xd800 || c > 0xdfff) {
      const ch = String.fromCharCode(c);
      for (const [regex, bit] of TESTS) if (regex.test(ch)) bits |= bit;
    }
    table[c] = bits;
  }
  return table[code]!;
}

/** The classes of the code unit `code` (0 to 0xFFFF, not a surrogate), as bits. */
export function charClass(code: number): number {
  return table[code] || fill(code);
}

/** The text holds a surrogate pair (or a lone surrogate): a character the table does not cover. */
export function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}
