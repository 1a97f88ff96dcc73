// All facts of an article, each with the index of the sentence it comes from.
import type { Facts } from '../types';
import type { DocumentView } from './document';
import { findEntities } from './entities';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import { findQuotes } from './quotes';
import { rankFacts } from './rank-facts';
import type { Tagger } from '../ner/tagger';

export function extractFacts(
  doc: DocumentView,
  datelinePlace: { name: string; sentence: number } | null,
  tagger: Tagger | null = null,
): Facts {
  const entities = findEntities(doc, datelinePlace, tagger);
  const { dates, spans } = findDates(doc);
  const numbers = findNumbers(doc, spans);
  const quotes = findQuotes(doc, entities.mentions, entities.people);
  for (const q of quotes) {
    if (!q.speaker || entities.people.some((p) => p.name === q.speaker)) continue;
    if (tagger) {
      // With a tagger, a speaker is one of the people it found ("Police", "Reuters" are not).
      const lower = q.speaker.toLowerCase();
      const person = entities.people.find((p) =>
        ` ${p.name.toLowerCase()} `.includes(` ${lower} `),
      );
      // Else the one person the sentence names outside its quotes ("Wikileaks editor Kristinn
      // Hrafnsson said: ..."), if there is exactly one.
      const named = new Set(
        entities.mentions.filter((m) => m.sentence === q.sentence).map((m) => m.person.name),
      );
      q.speaker = person ? person.name : named.size === 1 ? [...named][0]! : null;
    } else {
      // A speaker the quotes name ("kata Stephanie") is a person even without another cue.
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
