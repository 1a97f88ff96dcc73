// The name a span of the tagger stands for (src/core/facts/tagged.ts), and the index of names
// by their words that lets the combination look names up in bounded time.
import type { EntityType } from '../ner/tagger';
import type { PersonFact } from '../types';
import type { TextPack } from '../text/packs';
import type { SentenceView } from './document';

/**
 * Tokens of the longest name the tagger may give ("Dewan Perwakilan Rakyat Daerah Provinsi
 * Daerah Khusus Ibukota Jakarta" has nine); a longer run of capitalised words is no name.
 */
export const MAX_TAGGED_NAME_TOKENS = 16;

/** Punctuation a name may hold ("Ocasio-Cortez", "AT&T", "O'Brien", "J. R."). */
const INNER = new Set(['-', '&', "'", '’', '.']);
const POSSESSIVE = /['’]s$/u;

function abbreviationDot(sv: SentenceView, k: number, pack: TextPack): boolean {
  const t = sv.tokens[k]!;
  const prev = sv.tokens[k - 1];
  if (t.text !== '.' || t.spaceBefore || !prev || prev.kind !== 'word') return false;
  return (
    prev.text.length === 1 || pack.abbreviations.has(prev.lower) || pack.titles.has(prev.lower)
  );
}

/**
 * The name a tagged span stands for, trimmed to capitalised words: the tagger was trained on
 * encyclopaedia sentences and sometimes runs into a verb ("Tottenham said"), over a sentence end,
 * or starts at an adverb ("Now Assange"). Empty when nothing name-like is left.
 */
export function nameOf(
  sv: SentenceView,
  s: number,
  e: number,
  type: EntityType,
  pack: TextPack,
): { text: string; s: number } | null {
  const { tokens } = sv;
  const good = (k: number) => {
    const t = tokens[k]!;
    if (t.kind === 'number') return type === 'ORG';
    return (
      t.kind === 'word' &&
      t.cap &&
      !pack.monthByName.has(t.lower) &&
      !pack.weekdayByName.has(t.lower)
    );
  };
  const inner = (k: number) => {
    const t = tokens[k]!;
    if (t.kind === 'punct')
      return INNER.has(t.text) && (t.text !== '.' || abbreviationDot(sv, k, pack));
    return !t.cap && (pack.connectors.has(t.lower) || pack.lowercaseNameParts.has(t.lower));
  };
  const skippable = (k: number) => {
    const w = tokens[k]!.lower;
    return (
      pack.notNames.has(w) ||
      pack.stopwords.has(w) ||
      (type === 'PER' && (pack.titles.has(w) || pack.roles.has(w)))
    );
  };
  // The longest run of name words (the last one for a person: "editor-in-chief Kristinn
  // Hrafnsson"), without a leading adverb or article ("Now Assange", "The").
  let best: [number, number] = [s, s];
  for (let k = s; k < e;) {
    if (!good(k)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < e && (good(end) || (inner(end) && end + 1 < e && good(end + 1)))) end++;
    const longer = end - k > best[1] - best[0] || (type === 'PER' && end - k === best[1] - best[0]);
    if (longer) best = [k, end];
    k = end;
  }
  [s, e] = best;
  // A run of capitalised words longer than any name (a heading in capitals, a list of
  // call signs) is no name, and names stay short for the look-ups of the combination.
  if (e - s > MAX_TAGGED_NAME_TOKENS) return null;
  while (e - s > 1 && skippable(s)) s++;
  // A lone pronoun or function word ("Her", "You", "Ia") is no name; "Indonesia" is a place,
  // though never a person.
  if (e - s === 1 && (type === 'PER' ? skippable(s) : pack.stopwords.has(tokens[s]!.lower)))
    return null;
  if (e <= s) return null;
  const text = sv.text.slice(tokens[s]!.start, tokens[e - 1]!.end).replace(POSSESSIVE, '');
  return /\p{L}/u.test(text) ? { text, s } : null;
}

/** The lower-case runs of whole words of a name (all of its word n-grams, itself among them). */
export function wordRuns(name: string): string[] {
  const words = name.toLowerCase().split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) out.push(words.slice(i, j).join(' '));
  }
  return out;
}

/**
 * Names indexed by their runs of whole words: `within(part)` tells in one look-up whether `part`
 * is one of the names or a run of words inside one (what ` ${whole} `.includes(` ${part} `)
 * tells for one name), with the highest score among those names. Adding a name costs the square
 * of its words (names are short: MAX_TAGGED_NAME_TOKENS), a look-up one hash.
 */
export class NameIndex {
  private readonly best = new Map<string, number>();
  private readonly proper = new Map<string, number>();

  add(name: string, score = 0): void {
    const whole = name.toLowerCase();
    for (const run of wordRuns(name)) {
      const into = run === whole ? this.best : this.proper;
      if ((into.get(run) ?? -Infinity) < score) into.set(run, score);
      if (run !== whole && (this.best.get(run) ?? -Infinity) < score) this.best.set(run, score);
    }
  }

  /** The highest score of a name that is `part` or holds it; -Infinity when none does. */
  within(part: string): number {
    return this.best.get(part.toLowerCase()) ?? -Infinity;
  }

  /** The same among the names that hold `part` and are longer than it. */
  strictlyWithin(part: string): number {
    return this.proper.get(part.toLowerCase()) ?? -Infinity;
  }
}

/**
 * People in the order they were found, for "the first person whose name is this name, holds it
 * or is held in it" in look-ups by runs of words instead of a scan of every person.
 */
export class PeopleIndex {
  private readonly list: PersonFact[] = [];
  /** Lower-case name -> its place in the list. */
  private readonly whole = new Map<string, number>();
  /** Run of words -> the first person whose name holds it. */
  private readonly holders = new Map<string, number>();

  constructor(people: Iterable<PersonFact>) {
    for (const p of people) this.add(p);
  }

  add(person: PersonFact): void {
    const at = this.list.push(person) - 1;
    const lower = person.name.toLowerCase();
    if (!this.whole.has(lower)) this.whole.set(lower, at);
    for (const run of wordRuns(person.name)) if (!this.holders.has(run)) this.holders.set(run, at);
  }

  first(name: string): PersonFact | undefined {
    let at = this.holders.get(name.toLowerCase()) ?? Infinity;
    for (const run of wordRuns(name)) at = Math.min(at, this.whole.get(run) ?? Infinity);
    return this.list[at];
  }
}
