// Runs of capitalised words in a sentence (the candidates for names) and the matching of the
// language pack's phrases against its tokens.
import type { TextPack } from '../text/packs';
import type { Token } from '../text/tokens';
import type { SentenceView } from './document';

export interface Run {
  sentence: number;
  /** Token indices [s, e). */
  s: number;
  e: number;
}

export const MAX_NAME_WORDS = 5;
export const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
export const HAS_DIGIT = /\p{N}/u;

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

export function isAbbrevDot(tokens: Token[], i: number, pack: TextPack): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    t !== undefined &&
    t.text === '.' &&
    !t.spaceBefore &&
    isWord(prev) &&
    prev.cap &&
    (prev.text.length === 1 || pack.abbreviations.has(prev.lower) || pack.titles.has(prev.lower))
  );
}

/** Maximal runs of capitalised words, with inner connectors and abbreviation dots. */
export function capitalisedRuns(view: SentenceView, pack: TextPack): Run[] {
  const { tokens } = view;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!(isWord(t) && t.cap) || t.start < view.datelineLength) {
      i++;
      continue;
    }
    let e = i + 1;
    for (;;) {
      const n = tokens[e];
      if (isWord(n) && n.cap) e++;
      else if (isAbbrevDot(tokens, e, pack) && isWord(tokens[e + 1]) && tokens[e + 1]!.cap) e++;
      else if (
        n &&
        (pack.connectors.has(n.lower) || pack.lowercaseNameParts.has(n.lower)) &&
        !n.cap &&
        isWord(tokens[e + 1]) &&
        tokens[e + 1]!.cap
      )
        e++;
      else break;
    }
    runs.push({ sentence: view.index, s: i, e });
    i = e;
  }
  return runs;
}

/** End index if the phrase (lower-case words) starts at token i, skipping abbreviation dots. */
export function matchPhrase(tokens: Token[], i: number, phrase: string[]): number {
  let k = i;
  for (const word of phrase) {
    while (tokens[k]?.text === '.' && k > i) k++;
    if (tokens[k]?.lower !== word) return -1;
    k++;
  }
  if (tokens[k]?.text === '.' && !tokens[k]!.spaceBefore) k++;
  return k;
}

export function endsWith(tokens: Token[], end: number, phrases: string[][]): boolean {
  let e = end;
  if (tokens[e - 1]?.text === '.') e--;
  return phrases.some((p) => e - p.length >= 0 && matchPhrase(tokens, e - p.length, p) >= e);
}

/** Phrases indexed by their first word, built once per pack list. */
export const byFirstWord = new WeakMap<string[][], Map<string, string[][]>>();
export function candidates(phrases: string[][], first: string): string[][] | undefined {
  let index = byFirstWord.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) {
      const list = index.get(p[0]!) ?? [];
      list.push(p);
      index.set(p[0]!, list);
    }
    byFirstWord.set(phrases, index);
  }
  return index.get(first);
}

export function matchAny(tokens: Token[], i: number, phrases: string[][]): number {
  const t = tokens[i];
  const list = t ? candidates(phrases, t.lower) : undefined;
  if (!list) return -1;
  for (const p of list) {
    const end = matchPhrase(tokens, i, p);
    if (end > 0) return end;
  }
  return -1;
}

export const textOf = (view: SentenceView, s: number, e: number): string =>
  view.text.slice(view.tokens[s]!.start, view.tokens[e - 1]!.end);

export function isCalendarWord(t: Token, pack: TextPack): boolean {
  return pack.monthByName.has(t.lower) || pack.weekdayByName.has(t.lower);
}

/** A run of 1-5 capitalised words that could be a person's name. */
export function nameLike(tokens: Token[], s: number, e: number, pack: TextPack): boolean {
  const words = tokens.slice(s, e).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  const first = words[0]!;
  if (!first.cap || pack.notNames.has(first.lower) || pack.stopwords.has(first.lower)) return false;
  if (words.every((w) => ALL_CAPS.test(w.text) && w.text.length <= 5 && words.length < 3)) {
    return words.length === 1 ? false : !words.every((w) => w.text.length <= 4);
  }
  for (const w of words) {
    if (HAS_DIGIT.test(w.text) || (w.text.includes('.') && w.text.length > 3)) return false;
    if (isCalendarWord(w, pack) || pack.roles.has(w.lower)) return false;
    if (!w.cap && !pack.lowercaseNameParts.has(w.lower)) return false;
  }
  return true;
}

/** Skip leading words that cannot begin a name ("The", "Menurut", sentence connectives). */
export function firstNameToken(tokens: Token[], run: Run, pack: TextPack): number {
  let s = run.s;
  while (
    s < run.e - 1 &&
    (pack.notNames.has(tokens[s]!.lower) || pack.stopwords.has(tokens[s]!.lower))
  )
    s++;
  return s;
}

/** Split a headless run at coordinators ("Jakarta dan Bandung"), keeping name particles. */
export function subRuns(tokens: Token[], run: Run, pack: TextPack): Run[] {
  const out: Run[] = [];
  let s = run.s;
  for (let i = run.s; i < run.e; i++) {
    const t = tokens[i]!;
    if (!t.cap && t.kind === 'word' && !pack.lowercaseNameParts.has(t.lower)) {
      if (i > s) out.push({ sentence: run.sentence, s, e: i });
      s = i + 1;
    }
  }
  if (run.e > s) out.push({ sentence: run.sentence, s, e: run.e });
  return out;
}

export function prevWord(tokens: Token[], i: number, skipComma = false): Token | undefined {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.text === '.' || (skipComma && tokens[k]!.text === ','))) k--;
  return tokens[k];
}
