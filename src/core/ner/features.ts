// Features of a token for the entity tagger: the word and its neighbours, its shape and
// affixes, whether a gazetteer entry (a place or an organisation of the language pack)
// covers it, and whether it or the word before it is a given name. The training script and the tagger share this one function, so a model always
// sees the features it was trained on.
import type { Token } from '../text/tokens';

/** A language pack's gazetteer (src/core/lang/packs/<code>/gazetteer.json), lower case. */
export interface GazetteerData {
  places: string[];
  organizations: string[];
  orgHeads: string[];
  /** People's given names ("john", "mary"), where the pack has a list. */
  givenNames?: string[];
}

export interface Gazetteer {
  /** Entries by first word: word lists and their kind. */
  byFirst: Map<string, { words: string[]; kind: 'LOC' | 'ORG' }[]>;
  orgHeads: Set<string>;
  places: Set<string>;
  organizations: Set<string>;
  givenNames: Set<string>;
}

const MAX_ENTRY_WORDS = 6;

export function compileGazetteer(data: GazetteerData): Gazetteer {
  const byFirst: Gazetteer['byFirst'] = new Map();
  const add = (entry: string, kind: 'LOC' | 'ORG') => {
    const words = entry.split(' ').filter(Boolean);
    if (!words.length || words.length > MAX_ENTRY_WORDS) return;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, kind });
    byFirst.set(words[0]!, list);
  };
  for (const p of data.places) add(p, 'LOC');
  for (const o of data.organizations) add(o, 'ORG');
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    byFirst,
    orgHeads: new Set(data.orgHeads),
    places: new Set(data.places),
    organizations: new Set(data.organizations),
    givenNames: new Set(data.givenNames ?? []),
  };
}

const marksOf = new WeakMap<Token[], { gazetteer: Gazetteer; marks: string[] }>();

/**
 * Per token: "B-LOC", "I-ORG", ... from the longest gazetteer entry covering it, or "". Kept per
 * token list: the tagger and the rules after it ask for the same sentence's marks (read only).
 */
export function gazetteerMarks(tokens: Token[], gazetteer: Gazetteer): string[] {
  const known = marksOf.get(tokens);
  if (known?.gazetteer === gazetteer) return known.marks;
  const marks = tokens.map(() => '');
  marksOf.set(tokens, { gazetteer, marks });
  for (let i = 0; i < tokens.length; i++) {
    if (marks[i]) continue;
    const list = gazetteer.byFirst.get(tokens[i]!.lower);
    if (!list) continue;
    for (const entry of list) {
      let ok = true;
      for (let k = 0; k < entry.words.length && ok; k++) {
        ok = tokens[i + k]?.lower === entry.words[k];
      }
      if (!ok) continue;
      for (let k = 0; k < entry.words.length; k++) {
        marks[i + k] = `${k === 0 ? 'B' : 'I'}-${entry.kind}`;
      }
      i += entry.words.length - 1;
      break;
    }
  }
  return marks;
}

/** "Jakarta" -> "Xx", "KPK" -> "X", "2025" -> "d", "H." -> "X.", "e-KTP" -> "x-X". */
export function shape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '-', '—', '–']);

/**
 * The features of a word by itself: its form, shape and affixes, and whether it heads
 * organisations. They depend on the token's text alone, so the tagger sums their weights once
 * per distinct text.
 */
export function wordFeatures(t: Token, s: string, gazetteer: Gazetteer | null): string[] {
  const w = t.lower;
  const f = ['b', `w=${w}`, `s=${s}`, `x2=${w.slice(-2)}`];
  if (w.length > 3) {
    f.push(`x3=${w.slice(-3)}`, `a3=${w.slice(0, 3)}`);
    if (w.length > 4) f.push(`x4=${w.slice(-4)}`, `a4=${w.slice(0, 4)}`);
  }
  if (gazetteer?.orgHeads.has(w)) f.push(`h=${t.cap ? 1 : 0}`);
  if (gazetteer?.givenNames.has(w)) f.push(`gn=${t.cap ? 1 : 0}`);
  return f;
}

/** The features of each token in its sentence: its neighbours and the gazetteer's marks. */
export function contextFeatures(
  tokens: Token[],
  shapes: string[],
  gazetteer: Gazetteer | null,
): string[][] {
  const marks = gazetteer ? gazetteerMarks(tokens, gazetteer) : tokens.map(() => '');
  const word = (i: number) => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : tokens[i]!.lower);
  const shp = (i: number) => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : shapes[i]!);
  const caps = (i: number) => (i < 0 || i >= tokens.length ? '_' : tokens[i]!.cap ? 1 : 0);
  return tokens.map((t, i) => {
    const w = t.lower;
    const s = shapes[i]!;
    const c = t.cap ? 1 : 0;
    const start = i === 0 || OPENERS.has(tokens[i - 1]!.text);
    const f = [
      `p1=${word(i - 1)}`,
      `n1=${word(i + 1)}`,
      `p2=${word(i - 2)}`,
      `n2=${word(i + 2)}`,
      `ps=${shp(i - 1)}|${s}`,
      `ns=${s}|${shp(i + 1)}`,
      `pw=${word(i - 1)}|${w}`,
      `wn=${w}|${word(i + 1)}`,
      `st=${start ? 1 : 0}|${s}`,
      // The neighbours as cues for a capitalised word ("kata Anis", "Smith said", "Mr Lee"),
      // and the capitalisation of the three words around it.
      `pc=${word(i - 1)}|${c}`,
      `nc=${c}|${word(i + 1)}`,
      `cc=${caps(i - 1)}${c}${caps(i + 1)}`,
    ];
    const mark = marks[i]!;
    if (mark) f.push(`g=${mark}|${c}`);
    if (i > 0 && marks[i - 1]) f.push(`pg=${marks[i - 1]}`);
    if (i + 1 < tokens.length && marks[i + 1]) f.push(`ng=${marks[i + 1]}`);
    if (gazetteer) {
      if (i > 0 && gazetteer.orgHeads.has(tokens[i - 1]!.lower)) f.push(`ph=${c}`);
      if (i > 1 && gazetteer.orgHeads.has(tokens[i - 2]!.lower)) f.push(`ph2=${c}`);
      // A given name before a capitalised word: "Andrey Rublev", "Matt Murray".
      if (i > 0 && tokens[i - 1]!.cap && gazetteer.givenNames.has(tokens[i - 1]!.lower))
        f.push(`pgn=${c}`);
    }
    return f;
  });
}

/** The feature names of every token of a sentence (what training sees). */
export function sentenceFeatures(tokens: Token[], gazetteer: Gazetteer | null): string[][] {
  const shapes = tokens.map((t) => shape(t.text));
  const context = contextFeatures(tokens, shapes, gazetteer);
  return tokens.map((t, i) => [...wordFeatures(t, shapes[i]!, gazetteer), ...context[i]!]);
}
