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
  while (e - s > 1 && skippable(s)) s++;
  // A lone pronoun or function word ("Her", "You", "Ia") is no name; "Indonesia" is a place,
  // though never a person.
  if (e - s === 1 && (type === 'PER' ? skippable(s) : pack.stopwords.has(tokens[s]!.lower)))
    return null;
  if (e <= s) return null;
  const text = sv.text.slice(tokens[s]!.start, tokens[e - 1]!.end).replace(POSSESSIVE, '');
  return /\p{L}/u.test(text) ? { text, s } : null;
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

function tagAll(doc: DocumentView, tagger: Tagger): Tagged[] {
  const out: Tagged[] = [];
  const inside = capitalisedInside(doc);
  const known = (w: string) =>
    tagger.gazetteer?.places.has(w) || tagger.gazetteer?.organizations.has(w);
  const { pack } = doc;
  for (const sv of doc.sentences) {
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

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const contains = (whole: string, part: string) =>
  ` ${whole.toLowerCase()} `.includes(` ${part.toLowerCase()} `);

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
  const taggedAs = (name: string, type: EntityType, min: number) =>
    [...best.values()].some(
      (t) =>
        t.type === type &&
        t.confidence >= min &&
        (sameName(t.name, name) || contains(t.name, name)),
    );

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
        const seen = tagged.some((t) => sameName(t.name, name) || contains(t.name, name));
        // Not a part of a longer confident name ("London" in "University of London").
        const inside = tagged.some(
          (t) =>
            t.confidence >= THRESHOLDS[t.type] && !sameName(t.name, name) && contains(t.name, name),
        );
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
  // The rules' people: their roles go to the tagger's person; one with a role the tagger does
  // not contradict is a person too.
  for (const p of rules.people.values()) {
    const same = [...people.values()].find(
      (q) => sameName(q.name, p.name) || contains(q.name, p.name) || contains(p.name, q.name),
    );
    if (same) {
      if (p.role && !same.role) same.role = p.role;
      same.sentence = Math.min(same.sentence, p.sentence);
      continue;
    }
    if (isOther(p.name) || personVeto(p.name, tagger, doc.pack)) continue;
    if (taggedAs(p.name, 'LOC', 0.5) || taggedAs(p.name, 'ORG', 0.5)) continue;
    if (taggedAs(p.name, 'PER', 0.3)) people.set(p.name.toLowerCase(), { ...p });
  }
  // "Mourinho" tagged a place once and a person's name elsewhere is the person's.
  const partOfPerson = (name: string, map: Map<string, NamedFact>) =>
    !map.has(name.toLowerCase()) &&
    !/\s/.test(name) &&
    [...people.values()].some((p) => /\s/.test(p.name) && contains(p.name, name));
  const keep = (list: NamedFact[], rulesMap: Map<string, NamedFact>) =>
    list.filter((x) => !partOfPerson(x.name, rulesMap));
  return {
    people: [...people.values()],
    places: keep([...places.values()], rules.places),
    orgs: keep([...orgs.values()], rules.orgs),
  };
}
