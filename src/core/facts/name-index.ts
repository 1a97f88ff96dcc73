// The index of names by their runs of words that lets the combination of the tagger's names with
// the rules (tagged.ts) look names up in bounded time (issue 13, item 17).
import type { PersonFact } from '../types';
import { MAX_TAGGED_NAME_TOKENS } from './tagged-names';

export { MAX_TAGGED_NAME_TOKENS };

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
