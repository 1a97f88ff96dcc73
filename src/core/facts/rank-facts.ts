// The short list for the card (at most 8): the most mentioned people, the clearest date, the
// main places and organisations, the quantities with units, and an attributed quote, taken in
// turns so that one kind does not fill the card.
import type { Facts, KeyFact } from '../types';
import type { Entities } from './entities';
import { factKind } from './fact-kinds';

export const MAX_TOP = 8;
const QUOTE_LABEL_CHARS = 160;

type Ranked = { fact: KeyFact; score: number };

/** Earlier sentences matter more in news; the weight halves every ten sentences. */
const early = (sentence: number): number => Math.pow(0.5, sentence / 10);

export function rankFacts(facts: Omit<Facts, 'top'>, entities: Entities): KeyFact[] {
  const mentionCount = new Map<string, number>();
  for (const m of entities.mentions)
    mentionCount.set(m.person.name, (mentionCount.get(m.person.name) ?? 0) + 1);

  const people: Ranked[] = facts.people.map((p) => ({
    fact: factKind('person').toCard(p),
    score: (mentionCount.get(p.name) ?? 1) + (p.role ? 1 : 0) + early(p.sentence),
  }));
  const dates: Ranked[] = facts.dates.map((d) => ({
    fact: factKind('date').toCard(d),
    score: d.confidence * (d.iso.length >= 10 ? 2 : 1) + early(d.sentence),
  }));
  // A place or organisation counts the mentions of any name inside it ("Kabupaten Balangan"
  // is named again as "Balangan"), so the full name wins over its shorter forms.
  // Each name looks up its own word-boundary suffixes, not every other name (that was quadratic).
  const named = (kind: 'place' | 'organization', list: Facts['places']): Ranked[] => {
    const names = new Set(list.map((x) => x.name));
    return list.map((x) => {
      const name = x.name;
      let count = entities.counts.get(name) ?? 1;
      for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) {
        const suffix = name.slice(at + 1);
        if (names.has(suffix)) count = Math.max(count, entities.counts.get(suffix) ?? 0);
      }
      return {
        fact: factKind(kind).toCard(x),
        score: count + name.split(/\s+/).length * 0.25 + early(x.sentence),
      };
    });
  };
  const numbers: Ranked[] = facts.numbers.map((n) => ({
    fact: factKind('number').toCard(n),
    score: (n.unit ? 1 : 0) + (n.unit && /^[A-Z]{3}$/.test(n.unit) ? 1 : 0) + early(n.sentence),
  }));
  const quotes: Ranked[] = facts.quotes.map((q) => ({
    // The card's label is the quote's opening: the full text is one click away.
    fact: {
      ...factKind('quote').toCard(q),
      label:
        q.text.length > QUOTE_LABEL_CHARS
          ? `${q.text.slice(0, QUOTE_LABEL_CHARS - 1).trimEnd()}…`
          : q.text,
    },
    score: (q.speaker ? 2 : 0) + early(q.sentence),
  }));
  const queues = [
    people,
    dates,
    named('place', facts.places),
    named('organization', facts.organizations),
    numbers,
    quotes,
  ].map((list) =>
    list
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.fact.sentence - b.fact.sentence),
  );
  // Unattributed quotes and unitless numbers only fill spare places.
  // A read position per queue, not shift(): shifting 100,000 repeated dates was quadratic.
  const top: KeyFact[] = [];
  const at = queues.map(() => 0);
  for (let round = 0; top.length < MAX_TOP && queues.some((q, i) => at[i]! < q.length); round++) {
    for (const [i, q] of queues.entries()) {
      const next = q[at[i]!];
      if (!next || top.length >= MAX_TOP) continue;
      const weak =
        (next.fact.kind === 'quote' && !next.fact.detail) ||
        (next.fact.kind === 'number' && !next.fact.detail);
      if (weak && round < 2) continue;
      at[i]!++;
      const fact = next.fact;
      const repeats = top.some(
        (t) =>
          t.kind === fact.kind && (t.label.includes(fact.label) || fact.label.includes(t.label)),
      );
      if (!repeats) top.push(fact);
    }
  }
  return top;
}
