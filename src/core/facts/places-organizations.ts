// Places and organisations: runs headed by the pack's head words ("Kabupaten", "Dinas",
// "University of"), ended by its post-heads ("Main Street", "Harvard University"), or after a
// place preposition ("di", "in"); and how often each name occurs.
import type { NamedFact } from '../types';
import type { DocumentView, SentenceView } from './document';
import { addNamed, type Finder } from './found-names';
import {
  ALL_CAPS,
  endsWith,
  firstNameToken,
  HAS_DIGIT,
  isCalendarWord,
  matchAny,
  subRuns,
  textOf,
  type Run,
} from './name-runs';

/** Headed entities inside a run: orgs and places from each head to the end of the run. */
export function headedEntities(f: Finder, sv: SentenceView, run: Run): boolean {
  const { tokens } = sv;
  const { pack } = f;
  const heads: { i: number; kind: 'org' | 'place'; headEnd: number }[] = [];
  for (let i = run.s; i < run.e; i++) {
    const org = matchAny(tokens, i, pack.orgHeads);
    const place = org > 0 ? -1 : matchAny(tokens, i, pack.placeHeads);
    if (org > 0) heads.push({ i, kind: 'org', headEnd: org });
    else if (place > 0) heads.push({ i, kind: 'place', headEnd: place });
  }
  // A compass-suffixed name with a place word inside ("Hulu Sungai Utara") is one place.
  const last = tokens[run.e - 1]!;
  if (
    run.e - run.s >= 2 &&
    pack.placeSuffixes.has(last.lower) &&
    !heads.some((h) => h.kind === 'org') &&
    !(heads[0] && heads[0].i === run.s)
  ) {
    addNamed(f.places, textOf(sv, firstNameToken(tokens, run, pack), run.e), sv.index);
    return true;
  }
  let found = false;
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h]!;
    let end = run.e;
    // "Dinas A dan Dinas B": stop before the connector that leads to the next head of its kind.
    // Any head after a connector starts a coordinated name ("RSUD Kota X dan Dinas Y").
    const nextSame = heads
      .slice(h + 1)
      .find(
        (x) => x.kind === head.kind || (tokens[x.i - 1] !== undefined && !tokens[x.i - 1]!.cap),
      );
    if (nextSame) {
      end = nextSame.i;
      while (end > head.i && tokens[end - 1] && !tokens[end - 1]!.cap) end--;
    }
    while (end > head.headEnd && tokens[end - 1] && !tokens[end - 1]!.cap) end--;
    if (end <= head.headEnd) continue; // a head alone ("Dinas", "Kota") names nothing
    const name = textOf(sv, head.i, end);
    addNamed(head.kind === 'org' ? f.orgs : f.places, name, sv.index);
    found = true;
  }
  // Post-heads: "Harvard University", "Main Street", "Astra International Tbk".
  const first = firstNameToken(tokens, run, pack);
  if (!heads.some((h) => h.i === first) && run.e - first >= 2) {
    const isOrg = endsWith(tokens, run.e, pack.orgPostHeads) || pack.orgSuffixes.has(last.lower);
    const isPlace = !isOrg && endsWith(tokens, run.e, pack.placePostHeads);
    if (isOrg || isPlace) {
      addNamed(isOrg ? f.orgs : f.places, textOf(sv, first, run.e), sv.index);
      found = true;
    }
  }
  return found || heads.length > 0;
}

export function placeByPreposition(f: Finder, sv: SentenceView, run: Run): void {
  const { tokens } = sv;
  const { pack } = f;
  const before = tokens[run.s - 1];
  if (!before || before.cap || !pack.placePrepositions.has(before.lower)) return;
  for (const sub of subRuns(tokens, run, pack)) {
    const words = tokens.slice(sub.s, sub.e);
    if (words.some((w) => isCalendarWord(w, pack) || HAS_DIGIT.test(w.text))) return;
    if (words.every((w) => ALL_CAPS.test(w.text))) continue; // "dari NME": an acronym is not a place
    if (pack.notNames.has(words[0]!.lower) || pack.stopwords.has(words[0]!.lower)) continue;
    const name = textOf(sv, sub.s, sub.e);
    if (f.people.has(name.toLowerCase())) continue;
    addNamed(f.guessedPlaces, name, sv.index);
  }
}

export function countNames(doc: DocumentView, facts: NamedFact[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of facts) {
    let n = 0;
    for (const sv of doc.sentences) {
      for (let i = sv.text.indexOf(fact.name); i >= 0; i = sv.text.indexOf(fact.name, i + 1)) n++;
    }
    counts.set(fact.name, n);
  }
  return counts;
}
