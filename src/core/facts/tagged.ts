// People, places and organisations from the trained tagger (src/core/ner), combined with what
// the rules know best: roles ("Penjabat Sekretaris Daerah Balangan, Sufrianor"), headed names
// ("Kabupaten Balangan", "Dinas Kesehatan") and the dateline's place. Precision matters most
// for people: a name needs the tagger's confidence, and a name the gazetteer knows as a place or
// an organisation, a calendar word or a pronoun is never a person.
import type { NamedFact, PersonFact } from '../types';
import type { Tagger, EntityType, EntitySpan } from '../ner/tagger';
import type { TextPack } from '../text/packs';
import type { DocumentView, SentenceView } from './document';
import { gazetteerMarks } from '../ner/features';
import {
  capitalisedInside,
  isDemonym,
  nameOf,
  OPENERS,
  personStart,
  personVeto,
  roleBefore,
  roleHolder,
  shouted,
  titleCased,
} from './tagged-names';
import { NameIndex, PeopleIndex } from './name-index';
import {
  placePossessive,
  possessiveSplit,
  roleTextBefore,
  loneSpeakers,
  speakerNamed,
  withoutPersonTail,
  withoutTrailingRole,
} from './tagged-splits';

export { nameOf } from './tagged-names';

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
  /** The role right before a person's name ("Wakil Ketua DPR"). */
  role?: string | null;
}

const ROLE_BONUS = 0.45;

/** An acronym with a plural "s" ("SUVs", "PCs"). */
const ACRONYM_PLURAL = /^\p{Lu}{2,5}s$/u;

type Span = EntitySpan & { holder?: boolean };

/**
 * "Prime Minister Anthony Albanese" or "Salesforce CEO Marc Benioff" tagged one organisation:
 * the role's holder is a person, and what comes before the role keeps its type, or the type the
 * gazetteer gives it ("South Dakota Gov. Kristi Noem"). A person's name keeps a first word the
 * tagger left out after a role or a place (personStart).
 */
function withHolders(sv: SentenceView, tagger: Tagger, pack: TextPack): Span[] {
  const out: Span[] = [];
  const { gazetteer } = tagger;
  const spans = tagger.tag(sv.tokens).flatMap((span) => {
    const parts = possessiveSplit(sv.tokens, span, gazetteer, (t) => tagger.tag(t)) ?? [span];
    return parts.flatMap((p) => withoutTrailingRole(sv.tokens, p, pack, gazetteer) ?? []);
  });
  if (!spans.length) return out;
  const marks = gazetteer ? gazetteerMarks(sv.tokens, gazetteer) : sv.tokens.map(() => '');
  for (const tagged of spans) {
    const span =
      tagged.type === 'PER' ? { ...tagged, s: personStart(sv, tagged.s, marks, pack) } : tagged;
    const found = roleHolder(sv, span.s, span.e, pack, gazetteer);
    if (!found) {
      out.push(span);
      continue;
    }
    // "National Security Adviser John Bolton" tagged one person: the holder's name.
    if (span.type === 'PER') {
      out.push({ ...span, s: found.holder, e: found.end, holder: true });
      continue;
    }
    if (found.role > span.s) {
      const before = sv.tokens
        .slice(span.s, found.role)
        .map((t) => t.lower)
        .join(' ');
      const type = gazetteer?.places.has(before)
        ? 'LOC'
        : gazetteer?.organizations.has(before)
          ? 'ORG'
          : span.type;
      out.push({ ...span, type, e: found.role });
    }
    out.push({ ...span, type: 'PER', s: found.holder, e: found.end, holder: true });
  }
  return joinedParticles(sv, out, pack);
}

/**
 * "Ursula" and "Leyen" tagged apart around "von der": one person, when only the language's
 * lower-case name parts stand between two people's names.
 */
function joinedParticles(sv: SentenceView, spans: Span[], pack: TextPack): Span[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => a.s - b.s);
  const out: Span[] = [sorted[0]!];
  for (const span of sorted.slice(1)) {
    const last = out[out.length - 1]!;
    const between = sv.tokens.slice(last.e, span.s);
    if (
      last.type === 'PER' &&
      span.type === 'PER' &&
      between.length > 0 &&
      between.every((t) => !t.cap && pack.lowercaseNameParts.has(t.lower))
    ) {
      out[out.length - 1] = {
        ...last,
        e: span.e,
        confidence: Math.max(last.confidence, span.confidence),
        holder: last.holder || span.holder,
      };
      continue;
    }
    out.push(span);
  }
  return out;
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
    // A title-cased line's names count where the text writes them in a sentence.
    if (titleCased(sv, pack)) continue;
    for (const span of withHolders(sv, tagger, pack)) {
      if (sv.tokens[span.s]!.start < sv.datelineLength) continue;
      // A name right after a role ("Gubernur Jawa Tengah Ganjar Pranowo") or a place's
      // possessive ("Britain's Andy Murray") needs less confidence.
      const cued =
        span.holder ||
        roleBefore(sv, span.s, pack) ||
        placePossessive(sv.tokens[span.s - 1], tagger.gazetteer);
      if (span.type === 'PER' && cued) span.confidence = Math.min(1, span.confidence + ROLE_BONUS);
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
      if (shouted(name)) continue;
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
      const role = span.type === 'PER' ? roleTextBefore(sv, found.s, pack) : null;
      out.push({ name, type: span.type, confidence: span.confidence, sentence: sv.index, role });
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
      const merged = known
        ? { ...t, sentence: Math.min(t.sentence, known.sentence), role: t.role ?? known.role }
        : t;
      best.set(k, merged);
    } else {
      known.sentence = Math.min(known.sentence, t.sentence);
      known.role ??= t.role;
    }
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
    (t) => t.confidence >= tagger.thresholds[t.type] && winner(t),
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
    if (t.confidence >= tagger.thresholds[t.type]) confidentTagged.add(t.name);
  }

  const places = new Map<string, NamedFact>(rules.places);
  const orgs = new Map<string, NamedFact>(rules.orgs);
  const add = (map: Map<string, NamedFact>, name: string, sentence: number) => {
    const k = name.toLowerCase();
    if (!map.has(k)) map.set(k, { name, sentence });
  };
  const speakers = loneSpeakers(doc.sentences, doc.pack, tagger.gazetteer);
  for (const t of confident) {
    // "Russian", "North American": words for a people are neither places nor organisations.
    if (t.type !== 'PER' && isDemonym(t.name, doc.pack, tagger.gazetteer)) continue;
    if (t.type !== 'PER' && speakerNamed(t.name, speakers, doc.pack, tagger.gazetteer)) {
      t.type = 'PER';
      continue;
    }
    // "U.S." tagged an organisation: the gazetteer's place (see oneType).
    const lower = t.name.toLowerCase();
    const place =
      t.type === 'LOC' ||
      (t.type === 'ORG' &&
        !!tagger.gazetteer?.places.has(lower) &&
        !tagger.gazetteer.organizations.has(lower));
    if (place) add(places, t.name, t.sentence);
    else if (t.type === 'ORG') add(orgs, t.name, t.sentence);
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

  oneType(places, orgs, rules, (name, type) => total.get(`${type}:${name}`) ?? 0, tagger);

  const people = new Map<string, PersonFact>();
  const rolesBefore = new Map<string, string>();
  const isOther = (name: string) => places.has(name.toLowerCase()) || orgs.has(name.toLowerCase());
  for (const t of confident) {
    if (t.type !== 'PER' || isOther(t.name) || personVeto(t.name, tagger, doc.pack)) continue;
    people.set(t.name.toLowerCase(), { name: t.name, role: null, sentence: t.sentence });
    if (t.role) rolesBefore.set(t.name.toLowerCase(), t.role);
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
  // The role before a tagged name ("Wakil Ketua DPR Fadli Zon") where the rules found none.
  for (const [k, role] of rolesBefore) {
    const p = people.get(k);
    if (p && !p.role) p.role = role;
  }
  // "Mourinho" tagged a place once and a person's name elsewhere is the person's.
  const wordsOfFullNames = new Set<string>();
  for (const p of people.values())
    if (/\s/.test(p.name)) for (const w of p.name.toLowerCase().split(' ')) wordsOfFullNames.add(w);
  const partOfPerson = (name: string, map: Map<string, NamedFact>) =>
    !map.has(name.toLowerCase()) && !/\s/.test(name) && wordsOfFullNames.has(name.toLowerCase());
  const fullNames = new Map([...people].map(([k, p]) => [k, p.role]));
  /**
   * "National Security Adviser John Bolton", "Bank of England Governor Mark Carney": what comes
   * before the role of a found person, or of two capitalised words that name nothing else.
   */
  const withoutHolder = (name: string): string | null => {
    const lower = name.toLowerCase();
    for (let at = lower.indexOf(' '); at >= 0; at = lower.indexOf(' ', at + 1)) {
      const before = lower.slice(0, at);
      if (!doc.pack.roles.has(before.slice(before.lastIndexOf(' ') + 1))) continue;
      const after = name.slice(at + 1).split(' ');
      const holder =
        people.has(lower.slice(at + 1)) ||
        (after.length >= 2 &&
          after.every((w) => /^\p{Lu}/u.test(w)) &&
          !after.some((w) => tagger.gazetteer?.orgHeads.has(w.toLowerCase())) &&
          !tagger.gazetteer?.places.has(lower.slice(at + 1)) &&
          !tagger.gazetteer?.organizations.has(lower.slice(at + 1)));
      if (holder && before.includes(' ')) return name.slice(0, at).trimEnd();
    }
    return null;
  };
  // "SUVs", "TVs", "EVs": an acronym the text counts in the plural is a thing, not a name.
  const plurals = new Set<string>();
  for (const sv of doc.sentences)
    for (const t of sv.tokens) if (ACRONYM_PLURAL.test(t.text)) plurals.add(t.text.slice(0, -1));
  const keep = (list: NamedFact[], rulesMap: Map<string, NamedFact>) => {
    const seen = new Set<string>();
    const out: NamedFact[] = [];
    for (const x of list) {
      if (partOfPerson(x.name, rulesMap)) continue;
      // "DPR Fadli Zon": the organisation without its member's name.
      const name = withoutPersonTail(x.name, fullNames) ?? withoutHolder(x.name) ?? x.name;
      const k = name.toLowerCase();
      // "National Security Adviser", "Inspector General": a role, not an organisation.
      if (seen.has(k) || doc.pack.roles.has(k.slice(k.lastIndexOf(' ') + 1))) continue;
      if (plurals.has(name) || ACRONYM_PLURAL.test(name)) continue;
      seen.add(k);
      out.push(name === x.name ? x : { ...x, name });
    }
    return out;
  };
  return {
    people: [...people.values()],
    places: keep([...places.values()], rules.places),
    orgs: keep([...orgs.values()], rules.orgs),
  };
}

/**
 * A name is a place or an organisation in one article, not both: a place when the gazetteer
 * knows it as a place and not as an organisation; else it keeps the type the tagger
 * gave its mentions with the most confidence over the article (measured on the dev sets, this
 * beats the rules' headed type and the gazetteer's first), then the rules' headed type
 * ("Kabupaten Balangan" a place), then the gazetteer's; place when nothing tells.
 */
export function oneType(
  places: Map<string, NamedFact>,
  orgs: Map<string, NamedFact>,
  rules: Pick<RuleFinds, 'places' | 'orgs'>,
  weight: (lowerName: string, type: 'LOC' | 'ORG') => number,
  tagger: Pick<Tagger, 'gazetteer'>,
): void {
  for (const [k, place] of places) {
    const org = orgs.get(k);
    if (!org) continue;
    const headedPlace = rules.places.has(k);
    const headedOrg = rules.orgs.has(k);
    const loc = weight(k, 'LOC');
    const organisation = weight(k, 'ORG');
    // A name the gazetteer knows as a place alone ("Iowa", "U.S.") is one, whatever the
    // tagger's weights (on hand-tagged news, 2026-12-02: places' recall 0.565 -> 0.629,
    // organisations' precision 0.635 -> 0.669; the Indonesian dev sets unchanged).
    const gazetteerPlace =
      !!tagger.gazetteer?.places.has(k) && !tagger.gazetteer.organizations.has(k);
    const asPlace = gazetteerPlace
      ? true
      : loc !== organisation
        ? loc > organisation
        : headedPlace !== headedOrg
          ? headedPlace
          : !(tagger.gazetteer?.organizations.has(k) && !tagger.gazetteer.places.has(k));
    const sentence = Math.min(place.sentence, org.sentence);
    if (asPlace) {
      orgs.delete(k);
      places.set(k, { ...place, sentence });
    } else {
      places.delete(k);
      orgs.set(k, { ...org, sentence });
    }
  }
}
