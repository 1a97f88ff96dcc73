// People, places and organisations from the trained tagger (src/core/ner), combined with what
// the rules know best: roles ("Penjabat Sekretaris Daerah Balangan, Sufrianor"), headed names
// ("Kabupaten Balangan", "Dinas Kesehatan") and the dateline's place. Precision matters most
// for people: a name needs the tagger's confidence, and a name the gazetteer knows as a place or
// an organisation, a calendar word or a pronoun is never a person.
import type { NamedFact, PersonFact } from '../types';
import type { Tagger, EntityType } from '../ner/tagger';
import type { TextPack } from '../text/packs';
import type { DocumentView, SentenceView } from './document';
import { gazetteerMarks } from '../ner/features';
import { nameOf, NameIndex, PeopleIndex } from './tagged-name';

export { nameOf } from './tagged-name';

/** Lowest tagger confidence for a name of each type (chosen on the dev splits, bench -- facts). */
export const THRESHOLDS: Record<EntityType, number> = { PER: 0.7, LOC: 0.7, ORG: 0.7 };

export interface RuleFinds {
  people: Map<string, PersonFact>;
  /** Headed places and the dateline's ("Kabupaten Balangan", "Kalimantan Selatan"). */
  places: Map<string, NamedFact>;
  /** Places the rules guessed from a preposition alone ("di Jakarta"). */
  guessedPlaces: Map<string, NamedFact>;
  orgs: Map<string, NamedFact>;
}

interface Tagged {
  name: string;
  type: EntityType;
  confidence: number;
  sentence: number;
}

function personVeto(name: string, tagger: Tagger, pack: TextPack): boolean {
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  const g = tagger.gazetteer;
  if (g && (g.places.has(lower) || g.organizations.has(lower) || g.orgHeads.has(words[0]!)))
    return true;
  if (!/^\p{Lu}/u.test(name) || /\p{N}/u.test(name)) return true;
  if (words.length === 1) {
    const w = words[0]!;
    if (pack.notNames.has(w) || pack.stopwords.has(w) || pack.roles.has(w)) return true;
    if (pack.monthByName.has(w) || pack.weekdayByName.has(w) || pack.speechVerbs.has(w))
      return true;
    if (name.length < 3 || /^\p{Lu}+$/u.test(name)) return true;
  }
  return words.some((w) => pack.monthByName.has(w) || pack.weekdayByName.has(w));
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–', ':']);

/** Words written capitalised somewhere other than at the start of a sentence or quote. */
function capitalisedInside(doc: DocumentView): Set<string> {
  const seen = new Set<string>();
  for (const sv of doc.sentences) {
    sv.tokens.forEach((t, i) => {
      if (i > 0 && t.cap && !OPENERS.has(sv.tokens[i - 1]!.text)) seen.add(t.lower);
    });
  }
  return seen;
}

const ROLE_BONUS = 0.35;

/** Where the holder's name starts in a span that opens with role words and has two more words. */
function roleHolder(sv: SentenceView, s: number, e: number, pack: TextPack): number | null {
  let k = s;
  while (k < e && pack.roles.has(sv.tokens[k]!.lower)) k++;
  if (k === s || e - k < 2) return null;
  for (let i = k; i < e; i++) if (!sv.tokens[i]!.cap) return null;
  return k;
}

/** A role word within the four capitalised words before token s ("Bupati Balangan X"). */
function roleBefore(sv: SentenceView, s: number, pack: TextPack): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    const t = sv.tokens[k]!;
    if (!t.cap) return false;
    if (pack.roles.has(t.lower)) return true;
  }
  return false;
}

/**
 * Tokens of an article the tagger reads, sentence by sentence (a long feature is 15,000): a page
 * of 100,000 dates or a megabyte of capitalised words is not tagged token by token for seconds.
 */
export const MAX_TAGGED_TOKENS = 40_000;

function tagAll(doc: DocumentView, tagger: Tagger): Tagged[] {
  const out: Tagged[] = [];
  const inside = capitalisedInside(doc);
  const known = (w: string) =>
    tagger.gazetteer?.places.has(w) || tagger.gazetteer?.organizations.has(w);
  const { pack } = doc;
  let budget = MAX_TAGGED_TOKENS;
  for (const sv of doc.sentences) {
    // Bounded work: past the budget (or for a "sentence" larger than it), the rules alone.
    if (sv.tokens.length > budget) continue;
    budget -= sv.tokens.length;
    for (const tagged of tagger.tag(sv.tokens)) {
      if (sv.tokens[tagged.s]!.start < sv.datelineLength) continue;
      const span = { ...tagged };
      // "Prime Minister Anthony Albanese" tagged an organisation: the role's holder is a person.
      const holder = roleHolder(sv, span.s, span.e, pack);
      if (holder !== null && span.type !== 'PER') {
        span.type = 'PER';
        span.s = holder;
      }
      // A name right after a role ("Gubernur Jawa Tengah Ganjar Pranowo") needs less confidence.
      if (span.type === 'PER' && (holder !== null || roleBefore(sv, span.s, pack)))
        span.confidence = Math.min(1, span.confidence + ROLE_BONUS);
      let found = nameOf(sv, span.s, span.e, span.type, pack);
      if (!found || found.text.length < 2) continue;
      let opening = found.s === 0 || OPENERS.has(sv.tokens[found.s - 1]!.text);
      // "Shares of Microsoft": a sentence's first word, capitalised only there, and a connector
      // before the name proper.
      const first = sv.tokens[found.s]!;
      const joint = sv.tokens[found.s + 1];
      if (
        opening &&
        !inside.has(first.lower) &&
        joint &&
        !joint.cap &&
        pack.connectors.has(joint.lower)
      ) {
        found = nameOf(sv, found.s + 2, span.e, span.type, pack);
        if (!found || found.text.length < 2) continue;
        opening = false;
      }
      const name = found.text;
      // A lone capitalised word opening a sentence ("Working", "Listen") is a name only when the
      // text capitalises it elsewhere too, or the gazetteer knows it.
      const lower = name.toLowerCase();
      if (
        opening &&
        !/\s/.test(name) &&
        !inside.has(lower) &&
        !known(lower) &&
        span.confidence < 0.9
      )
        continue;
      out.push({ name, type: span.type, confidence: span.confidence, sentence: sv.index });
    }
  }
  return out;
}

export function combineWithTagger(
  doc: DocumentView,
  tagger: Tagger,
  rules: RuleFinds,
): { people: PersonFact[]; places: NamedFact[]; orgs: NamedFact[] } {
  const tagged = tagAll(doc, tagger);
  const best = new Map<string, Tagged>();
  for (const t of tagged) {
    const k = `${t.type}:${t.name.toLowerCase()}`;
    const known = best.get(k);
    if (!known || t.confidence > known.confidence) {
      best.set(k, known ? { ...t, sentence: Math.min(t.sentence, known.sentence) } : t);
    } else known.sentence = Math.min(known.sentence, t.sentence);
  }
  // A name tagged as two types ("Taylor Swift" a person, and an organisation in "Taylor Swift's
  // management team") keeps the type the tagger gave it with the most confidence overall.
  const total = new Map<string, number>();
  for (const t of tagged) {
    const k = `${t.type}:${t.name.toLowerCase()}`;
    total.set(k, (total.get(k) ?? 0) + t.confidence);
  }
  const winner = (t: Tagged) =>
    (['PER', 'LOC', 'ORG'] as const).every(
      (other) =>
        other === t.type ||
        (total.get(`${other}:${t.name.toLowerCase()}`) ?? 0) <=
          total.get(`${t.type}:${t.name.toLowerCase()}`)!,
    );
  const confident = [...best.values()].filter(
    (t) => t.confidence >= THRESHOLDS[t.type] && winner(t),
  );
  // Look-ups by runs of words (tagged-name.ts), so that combining is linear in the names found.
  const byType = { PER: new NameIndex(), LOC: new NameIndex(), ORG: new NameIndex() };
  for (const t of best.values()) byType[t.type].add(t.name, t.confidence);
  /** A name tagged as `type` with at least `min` confidence is this name or holds it. */
  const taggedAs = (name: string, type: EntityType, min: number) =>
    byType[type].within(name) >= min;
  const anyTagged = new NameIndex();
  const confidentTagged = new NameIndex();
  for (const t of tagged) {
    anyTagged.add(t.name);
    if (t.confidence >= THRESHOLDS[t.type]) confidentTagged.add(t.name);
  }

  const places = new Map<string, NamedFact>(rules.places);
  const orgs = new Map<string, NamedFact>(rules.orgs);
  const add = (map: Map<string, NamedFact>, name: string, sentence: number) => {
    const k = name.toLowerCase();
    if (!map.has(k)) map.set(k, { name, sentence });
  };
  for (const t of confident) {
    if (t.type === 'LOC') add(places, t.name, t.sentence);
    if (t.type === 'ORG') add(orgs, t.name, t.sentence);
  }
  // Gazetteer names written capitalised, where the tagger was unsure ("England" in "northern
  // England") or gave the wrong type ("Tokyo" an organisation), unless it said a person.
  if (tagger.gazetteer) {
    for (const sv of doc.sentences) {
      const marks = gazetteerMarks(sv.tokens, tagger.gazetteer);
      for (let i = 0; i < marks.length; i++) {
        if (!marks[i]!.startsWith('B-')) continue;
        let e = i + 1;
        while (marks[e]?.startsWith('I-')) e++;
        const words = sv.tokens.slice(i, e);
        const type = marks[i]!.slice(2) as 'LOC' | 'ORG';
        if (sv.tokens[i]!.start < sv.datelineLength || !words.every((w) => w.cap)) continue;
        if (
          words.length === 1 &&
          (words[0]!.text.length < 3 || doc.pack.notNames.has(words[0]!.lower))
        )
          continue;
        const name = sv.text.slice(words[0]!.start, words[words.length - 1]!.end);
        // Only where the tagger saw a name at all: the gazetteer settles its type, not its being.
        const seen = anyTagged.within(name) > -Infinity;
        // Not a part of a longer confident name ("London" in "University of London").
        const inside = confidentTagged.strictlyWithin(name) > -Infinity;
        if (!seen || inside || taggedAs(name, 'PER', 0.5)) continue;
        add(type === 'LOC' ? places : orgs, name, sv.index);
      }
    }
  }
  for (const [k, p] of rules.guessedPlaces) {
    if (tagger.gazetteer?.places.has(k) || taggedAs(p.name, 'LOC', 0.3))
      add(places, p.name, p.sentence);
  }

  const people = new Map<string, PersonFact>();
  const isOther = (name: string) => places.has(name.toLowerCase()) || orgs.has(name.toLowerCase());
  for (const t of confident) {
    if (t.type !== 'PER' || isOther(t.name) || personVeto(t.name, tagger, doc.pack)) continue;
    people.set(t.name.toLowerCase(), { name: t.name, role: null, sentence: t.sentence });
  }
  const found = new PeopleIndex(people.values());
  // The rules' people: their roles go to the tagger's person; one with a role the tagger does
  // not contradict is a person too.
  for (const p of rules.people.values()) {
    const same = found.first(p.name);
    if (same) {
      if (p.role && !same.role) same.role = p.role;
      same.sentence = Math.min(same.sentence, p.sentence);
      continue;
    }
    if (isOther(p.name) || personVeto(p.name, tagger, doc.pack)) continue;
    if (taggedAs(p.name, 'LOC', 0.5) || taggedAs(p.name, 'ORG', 0.5)) continue;
    if (taggedAs(p.name, 'PER', 0.3)) {
      const person = { ...p };
      people.set(p.name.toLowerCase(), person);
      found.add(person);
    }
  }
  // "Mourinho" tagged a place once and a person's name elsewhere is the person's.
  const wordsOfFullNames = new Set<string>();
  for (const p of people.values())
    if (/\s/.test(p.name)) for (const w of p.name.toLowerCase().split(' ')) wordsOfFullNames.add(w);
  const partOfPerson = (name: string, map: Map<string, NamedFact>) =>
    !map.has(name.toLowerCase()) && !/\s/.test(name) && wordsOfFullNames.has(name.toLowerCase());
  const keep = (list: NamedFact[], rulesMap: Map<string, NamedFact>) =>
    list.filter((x) => !partOfPerson(x.name, rulesMap));
  return {
    people: [...people.values()],
    places: keep([...places.values()], rules.places),
    orgs: keep([...orgs.values()], rules.orgs),
  };
}
