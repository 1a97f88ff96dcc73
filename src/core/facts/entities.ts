// People (with their role when the text gives it), places and organisations, found in runs of
// capitalised words and classified by the language pack's cues: head words ("Kabupaten",
// "Dinas", "University of"), post-heads ("Main Street", "Harvard University"), compass
// suffixes ("Kalimantan Selatan"), place prepositions ("di", "in"), role appositives
// ("Penjabat Sekretaris Daerah Balangan, Sufrianor"; "X, the mayor of Y,"), titles ("H.",
// "Dr."), and verbs of saying ("kata X", "X menjelaskan", "X said"). A capitalised word with no
// cue is not a fact: a sentence start is not a person.
import type { NamedFact, PersonFact } from '../types';
import type { TextPack } from '../text/packs';
import type { Token } from '../text/tokens';
import { insideQuote, type DocumentView, type SentenceView } from './document';

export interface Run {
  sentence: number;
  /** Token indices [s, e). */
  s: number;
  e: number;
}

export interface Mention {
  sentence: number;
  offset: number;
  person: PersonFact;
}

export interface Entities {
  people: PersonFact[];
  places: NamedFact[];
  organizations: NamedFact[];
  /** Every place where a known person is named, in reading order (for "ujarnya" and ranking). */
  mentions: Mention[];
  /** How often each place or organisation name occurs. */
  counts: Map<string, number>;
}

const MAX_NAME_WORDS = 5;
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
const HAS_DIGIT = /\p{N}/u;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

function isAbbrevDot(tokens: Token[], i: number, pack: TextPack): boolean {
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
function matchPhrase(tokens: Token[], i: number, phrase: string[]): number {
  let k = i;
  for (const word of phrase) {
    while (tokens[k]?.text === '.' && k > i) k++;
    if (tokens[k]?.lower !== word) return -1;
    k++;
  }
  if (tokens[k]?.text === '.' && !tokens[k]!.spaceBefore) k++;
  return k;
}

function endsWith(tokens: Token[], end: number, phrases: string[][]): boolean {
  let e = end;
  if (tokens[e - 1]?.text === '.') e--;
  return phrases.some((p) => e - p.length >= 0 && matchPhrase(tokens, e - p.length, p) >= e);
}

/** Phrases indexed by their first word, built once per pack list. */
const byFirstWord = new WeakMap<string[][], Map<string, string[][]>>();
function candidates(phrases: string[][], first: string): string[][] | undefined {
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

function matchAny(tokens: Token[], i: number, phrases: string[][]): number {
  const t = tokens[i];
  const list = t ? candidates(phrases, t.lower) : undefined;
  if (!list) return -1;
  for (const p of list) {
    const end = matchPhrase(tokens, i, p);
    if (end > 0) return end;
  }
  return -1;
}

const textOf = (view: SentenceView, s: number, e: number): string =>
  view.text.slice(view.tokens[s]!.start, view.tokens[e - 1]!.end);

interface Finder {
  view: DocumentView;
  pack: TextPack;
  people: Map<string, PersonFact>;
  places: Map<string, NamedFact>;
  orgs: Map<string, NamedFact>;
}

function addNamed(map: Map<string, NamedFact>, name: string, sentence: number): void {
  const k = name.toLowerCase();
  if (name.length > 1 && !map.has(k)) map.set(k, { name, sentence });
}

function addPerson(f: Finder, name: string, role: string | null, sentence: number): void {
  const k = name.toLowerCase();
  if (f.places.has(k) || f.orgs.has(k)) return;
  const known = f.people.get(k);
  if (!known) {
    f.people.set(k, { name, role, sentence });
    return;
  }
  if (role && !known.role) known.role = role;
  else if (role && known.role && !known.role.toLowerCase().includes(role.toLowerCase())) {
    known.role = `${known.role}; ${role}`;
  }
}

function isCalendarWord(t: Token, pack: TextPack): boolean {
  return pack.monthByName.has(t.lower) || pack.weekdayByName.has(t.lower);
}

/** A run of 1-5 capitalised words that could be a person's name. */
function nameLike(tokens: Token[], s: number, e: number, pack: TextPack): boolean {
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

/** Headed entities inside a run: orgs and places from each head to the end of the run. */
function headedEntities(f: Finder, sv: SentenceView, run: Run): boolean {
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

/** Skip leading words that cannot begin a name ("The", "Menurut", sentence connectives). */
function firstNameToken(tokens: Token[], run: Run, pack: TextPack): number {
  let s = run.s;
  while (
    s < run.e - 1 &&
    (pack.notNames.has(tokens[s]!.lower) || pack.stopwords.has(tokens[s]!.lower))
  )
    s++;
  return s;
}

/** Split a headless run at coordinators ("Jakarta dan Bandung"), keeping name particles. */
function subRuns(tokens: Token[], run: Run, pack: TextPack): Run[] {
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

function prevWord(tokens: Token[], i: number, skipComma = false): Token | undefined {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.text === '.' || (skipComma && tokens[k]!.text === ','))) k--;
  return tokens[k];
}

/** The role a run names, from its first role word ("Rombongan ... Penjabat Sekretaris ..."). */
function roleIn(sv: SentenceView, run: Run, pack: TextPack): string | null {
  for (let i = run.s; i < run.e; i++) {
    if (pack.roles.has(sv.tokens[i]!.lower)) return textOf(sv, i, run.e);
  }
  return null;
}

/** "X, yang juga menjabat sebagai Ketua ..." / "X, the mayor of Y,": the role after a name. */
function appositiveRole(sv: SentenceView, after: number, pack: TextPack): string | null {
  const { tokens } = sv;
  if (tokens[after]?.text !== ',') return null;
  let k = after + 1;
  const startEnd = matchAny(tokens, k, pack.roleAppositiveStarts);
  if (startEnd > 0) k = startEnd;
  else if (!(tokens[k] && pack.roles.has(tokens[k]!.lower))) return null;
  let end = k;
  while (end < tokens.length && end - k < 12 && !/^[,.;:!?()"“”]$/.test(tokens[end]!.text)) end++;
  if (end === k || (tokens[end]?.text !== ',' && tokens[end]?.text !== '.')) return null;
  for (let i = k; i < end; i++) {
    if (pack.roles.has(tokens[i]!.lower)) return textOf(sv, k, end);
  }
  return null;
}

function personCues(f: Finder, sv: SentenceView, run: Run, runs: Run[]): void {
  const { tokens } = sv;
  const { pack } = f;
  for (const sub of subRuns(tokens, run, pack)) {
    let s = sub.s;
    // Titles: "H. Abdul", "Dr. Budi", "Bapak Joko", "Mr. Smith".
    let titled =
      pack.titles.has(prevWord(tokens, s)?.lower ?? '') &&
      prevWord(tokens, s)!.end <= tokens[s]!.start;
    while (s < sub.e - 1 && (pack.titles.has(tokens[s]!.lower) || tokens[s]!.text === '.')) {
      titled = true;
      s++;
    }
    if (!nameLike(tokens, s, sub.e, pack)) continue;
    const name = textOf(sv, s, sub.e);
    const before = prevWord(tokens, s);
    const beforeComma = prevWord(tokens, s, true);
    const after = tokens[sub.e];
    const afterNext = tokens[sub.e + 1];
    // "Penjabat Sekretaris Daerah Balangan, Sufrianor," - the role run just before the comma.
    if (tokens[s - 1]?.text === ',') {
      const roleRun = runs.find((r) => r.e === s - 1);
      const role = roleRun ? roleIn(sv, roleRun, pack) : null;
      if (role && (!after || /^[,.;:)]$/.test(after.text) || !after.cap)) {
        addPerson(f, name, role, sv.index);
        continue;
      }
    }
    const apposition = appositiveRole(sv, sub.e, pack);
    if (apposition) {
      addPerson(f, name, apposition, sv.index);
      continue;
    }
    const saidBefore = beforeComma && pack.speechVerbs.has(beforeComma.lower) && !beforeComma.cap;
    const attributed = pack.attributionPhrases.some(
      (p) => matchPhrase(tokens, s - p.length, p) === s,
    );
    const reportAfter =
      (after && pack.reportVerbs.has(after.lower) && !after.cap) ||
      (after &&
        pack.stopwords.has(after.lower) &&
        !after.cap &&
        afterNext &&
        pack.reportVerbs.has(afterNext.lower));
    if (titled || saidBefore || attributed || reportAfter) {
      if (!(before && pack.roles.has(before.lower))) addPerson(f, name, null, sv.index);
    }
  }
}

function placeByPreposition(f: Finder, sv: SentenceView, run: Run): void {
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
    addNamed(f.places, name, sv.index);
  }
}

export function findEntities(
  doc: DocumentView,
  datelinePlace: { name: string; sentence: number } | null,
): Entities {
  const f: Finder = {
    view: doc,
    pack: doc.pack,
    people: new Map(),
    places: new Map(),
    orgs: new Map(),
  };
  if (datelinePlace) addNamed(f.places, datelinePlace.name, datelinePlace.sentence);
  const allRuns: Run[][] = doc.sentences.map((sv) => capitalisedRuns(sv, doc.pack));
  // Pass 1: headed organisations and places (they must not be taken for people).
  const headless: Run[][] = doc.sentences.map((sv, i) =>
    allRuns[i]!.filter((run) => !headedEntities(f, sv, run)),
  );
  // Pass 2: people by cues; then places by preposition.
  doc.sentences.forEach((sv, i) => {
    for (const run of headless[i]!) personCues(f, sv, run, allRuns[i]!);
  });
  doc.sentences.forEach((sv, i) => {
    for (const run of headless[i]!) placeByPreposition(f, sv, run);
  });
  const people = mergeShortNames([...f.people.values()]);
  const mentions = findMentions(doc, headless, people);
  const counts = countNames(doc, [...f.places.values(), ...f.orgs.values()]);
  return {
    people,
    places: [...f.places.values()],
    organizations: [...f.orgs.values()],
    mentions,
    counts,
  };
}

/** "Marquez" after "Marc Marquez" is the same person: keep the full name, with both roles. */
function mergeShortNames(people: PersonFact[]): PersonFact[] {
  return people.filter((p) => {
    if (/\s/.test(p.name)) return true;
    const full = people.find((q) => q !== p && q.name.split(/\s+/).includes(p.name));
    if (!full) return true;
    if (p.role && !full.role) full.role = p.role;
    full.sentence = Math.min(full.sentence, p.sentence);
    return false;
  });
}

/** Every mention of a known person by full name or by a name part that only they have. */
function findMentions(doc: DocumentView, headless: Run[][], people: PersonFact[]): Mention[] {
  const byName = new Map<string, PersonFact | null>();
  for (const p of people) byName.set(p.name.toLowerCase(), p);
  for (const p of people) {
    for (const part of p.name.toLowerCase().split(/\s+/)) {
      if (part.length < 3 || doc.pack.lowercaseNameParts.has(part)) continue;
      const other = byName.get(part);
      if (other === undefined) byName.set(part, p);
      else if (other !== p && other?.name.toLowerCase() !== part) byName.set(part, null);
    }
  }
  const mentions: Mention[] = [];
  doc.sentences.forEach((sv, i) => {
    for (const run of headless[i]!) {
      for (const sub of subRuns(sv.tokens, run, doc.pack)) {
        let s = sub.s;
        while (
          s < sub.e - 1 &&
          (doc.pack.titles.has(sv.tokens[s]!.lower) || sv.tokens[s]!.text === '.')
        )
          s++;
        const name = textOf(sv, s, sub.e).toLowerCase();
        const offset = sv.tokens[s]!.start;
        const person =
          byName.get(name) ?? (sub.e - s === 1 ? null : byName.get(sv.tokens[sub.e - 1]!.lower));
        if (person && !insideQuote(sv, offset)) mentions.push({ sentence: i, offset, person });
      }
    }
  });
  return mentions;
}

function countNames(doc: DocumentView, facts: NamedFact[]): Map<string, number> {
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
