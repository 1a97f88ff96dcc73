// Sentence splitting that survives news text: abbreviations and initials from the language pack
// ("Jl. Sudirman No. 5", "H. Abdul", "Dr.", "a.n."), numbers ("Rp 2,1 triliun", "1/12/25"),
// parentheses, and quotes that span sentences (a quoted passage stays in one sentence, with its
// attribution, when the paragraph's quotes are balanced). Every sentence is a verbatim, trimmed
// substring of its paragraph, so the UI can find and highlight it.
import type { TextPack } from './packs';

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const CLOSERS = new Set(['”', '»', '"', "'", '’', ')', ']']);
const STARTS_SENTENCE = /[\p{Lu}\p{N}"“‘'«„([]/u;
const WHITESPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}.]/u;
/** A quoted passage longer than this is not protected: its quote marks are probably unbalanced. */
const MAX_PROTECTED_QUOTE = 1200;

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function quotesBalanced(text: string): { curly: boolean; straight: boolean } {
  let curlyOpen = 0;
  let curlyClose = 0;
  for (const ch of OPEN_QUOTES) curlyOpen += countChar(text, ch);
  for (const ch of CLOSE_QUOTES) curlyClose += countChar(text, ch);
  return { curly: curlyOpen === curlyClose, straight: countChar(text, '"') % 2 === 0 };
}

/** The word right before position `end` (letters, digits and inner dots), without a trailing dot. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function isAbbreviation(word: string, pack: TextPack): boolean {
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "H. Abdul", "J. Smith"
  if (/\p{L}\.\p{L}/u.test(word)) return true; // "a.n", "U.S", "e.g"
  return pack.abbreviations.has(word.toLowerCase());
}

function splitLine(line: string, offset: number, pack: TextPack, out: SentenceSpan[]): void {
  const balanced = quotesBalanced(line);
  let depthCurly = 0;
  let straightOpen = false;
  let quoteStart = -1;
  let parens = 0;
  let start = 0;
  const push = (from: number, to: number): void => {
    const raw = line.slice(from, to);
    const text = raw.trim();
    if (text) out.push({ text, start: offset + from + (raw.length - raw.trimStart().length) });
  };
  const inQuote = (i: number): boolean =>
    ((balanced.curly && depthCurly > 0) || (balanced.straight && straightOpen)) &&
    i - quoteStart < MAX_PROTECTED_QUOTE;
  const track = (ch: string, i: number): void => {
    if (OPEN_QUOTES.has(ch)) {
      if (depthCurly === 0 && !straightOpen) quoteStart = i;
      depthCurly++;
    } else if (CLOSE_QUOTES.has(ch)) depthCurly = Math.max(0, depthCurly - 1);
    else if (ch === '"') {
      straightOpen = !straightOpen;
      if (straightOpen && depthCurly === 0) quoteStart = i;
    } else if (ch === '(') parens++;
    else if (ch === ')') parens = Math.max(0, parens - 1);
  };

  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!TERMINAL.has(ch)) {
      track(ch, i);
      continue;
    }
    let j = i + 1;
    while (j < line.length && TERMINAL.has(line[j]!)) j++;
    while (j < line.length && CLOSERS.has(line[j]!)) track(line[j++]!, j - 1);
    if (j >= line.length || !WHITESPACE.test(line[j]!)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < line.length && WHITESPACE.test(line[k]!)) k++;
    // Pre-tokenised text spaces its closing quotes ("ini. \" Lalu"): take that quote along.
    if (line[k] === '"' && balanced.straight && straightOpen) {
      track('"', k);
      j = k + 1;
      if (j >= line.length || !WHITESPACE.test(line[j]!)) {
        i = j - 1;
        continue;
      }
      k = j;
      while (k < line.length && WHITESPACE.test(line[k]!)) k++;
    }
    const next = line[k];
    const boundary =
      next !== undefined &&
      STARTS_SENTENCE.test(next) &&
      !(ch === '.' && isAbbreviation(wordBefore(line, i), pack)) &&
      !(/\p{N}/u.test(next) && ch === '.' && /\p{N}/u.test(line[i - 1] ?? '')) &&
      !inQuote(i) &&
      parens === 0;
    if (boundary) {
      push(start, j);
      start = k;
    }
    i = j - 1;
  }
  push(start, line.length);
}

/** The sentences of one paragraph, in order, each with its offset in the paragraph. */
export function splitSentenceSpans(paragraph: string, pack: TextPack): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let offset = 0;
  for (const line of paragraph.split('\n')) {
    splitLine(line, offset, pack, out);
    offset += line.length + 1;
  }
  return out;
}

export function splitSentences(paragraph: string, pack: TextPack): string[] {
  return splitSentenceSpans(paragraph, pack).map((s) => s.text);
}
