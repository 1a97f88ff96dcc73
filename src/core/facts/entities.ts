// People (with their role when the text gives it), places and organisations, found in runs of
// capitalised words and classified by the language pack's cues: head words ("Kabupaten",
// "Dinas", "University of"), post-heads ("Main Street", "Harvard University"), compass
// suffixes ("Kalimantan Selatan"), place prepositions ("di", "in"), role appositives
// ("Penjabat Sekretaris Daerah Balangan, Sufrianor"; "X, the mayor of Y,"), titles ("H.",
// "Dr."), and verbs of saying ("kata X", "X menjelaskan", "X said"). A capitalised word with no
// cue is not a fact: a sentence start is not a person.
import type { NamedFact, PersonFact } from '../types';
import type { DocumentView } from './document';
import { addNamed, type Finder } from './found-names';
import { capitalisedRuns, type Run } from './name-runs';
import { findMentions, mergeShortNames, personCues, type Mention } from './people';
import { countNames, headedEntities, placeByPreposition } from './places-organizations';
import type { Tagger } from '../ner/tagger';
import { combineWithTagger } from './tagged';

export type { Mention } from './people';

export interface Entities {
  people: PersonFact[];
  places: NamedFact[];
  organizations: NamedFact[];
  /** Every place where a known person is named, in reading order (for "ujarnya" and ranking). */
  mentions: Mention[];
  /** How often each place or organisation name occurs. */
  counts: Map<string, number>;
}

export function findEntities(
  doc: DocumentView,
  datelinePlace: { name: string; sentence: number } | null,
  tagger: Tagger | null = null,
): Entities {
  const f: Finder = {
    view: doc,
    pack: doc.pack,
    people: new Map(),
    places: new Map(),
    guessedPlaces: new Map(),
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
  // With a tagger (Indonesian, English), it finds the names and the rules add roles and headed
  // names (src/core/facts/tagged.ts); other languages keep the rules alone.
  let found: { people: PersonFact[]; places: NamedFact[]; orgs: NamedFact[] };
  if (tagger) found = combineWithTagger(doc, tagger, f);
  else {
    for (const [k, p] of f.guessedPlaces) if (!f.places.has(k)) f.places.set(k, p);
    found = {
      people: [...f.people.values()],
      places: [...f.places.values()],
      orgs: [...f.orgs.values()],
    };
  }
  const people = mergeShortNames(found.people);
  const mentions = findMentions(doc, headless, people);
  const counts = countNames(doc, [...found.places, ...found.orgs]);
  return { people, places: found.places, organizations: found.orgs, mentions, counts };
}
