// The names found so far in one document, by kind: a name is one kind only, and a person's
// roles from several sentences add up.
import type { NamedFact, PersonFact } from '../types';
import type { TextPack } from '../text/packs';
import type { DocumentView } from './document';

export interface Finder {
  view: DocumentView;
  pack: TextPack;
  people: Map<string, PersonFact>;
  places: Map<string, NamedFact>;
  /** Places found by a preposition alone (kept apart for the tagger to confirm). */
  guessedPlaces: Map<string, NamedFact>;
  orgs: Map<string, NamedFact>;
}

export function addNamed(map: Map<string, NamedFact>, name: string, sentence: number): void {
  const k = name.toLowerCase();
  if (name.length > 1 && !map.has(k)) map.set(k, { name, sentence });
}

export function addPerson(f: Finder, name: string, role: string | null, sentence: number): void {
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
