// All facts of an article, each with the index of the sentence it comes from.
import type { Facts } from '../types';
import type { DocumentView } from './document';
import { findEntities } from './entities';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import { findQuotes } from './quotes';
import { rankFacts } from './rank-facts';

export function extractFacts(
  doc: DocumentView,
  datelinePlace: { name: string; sentence: number } | null,
): Facts {
  const entities = findEntities(doc, datelinePlace);
  const { dates, spans } = findDates(doc);
  const numbers = findNumbers(doc, spans);
  const quotes = findQuotes(doc, entities.mentions, entities.people);
  // A speaker the quotes name ("kata Stephanie") is a person even without another cue.
  for (const q of quotes) {
    if (q.speaker && !entities.people.some((p) => p.name === q.speaker)) {
      entities.people.push({ name: q.speaker, role: null, sentence: q.sentence });
    }
  }
  const facts = {
    people: entities.people,
    places: entities.places,
    organizations: entities.organizations,
    dates,
    numbers,
    quotes,
  };
  return { ...facts, top: rankFacts(facts, entities) };
}
