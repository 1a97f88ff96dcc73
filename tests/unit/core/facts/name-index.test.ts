// The bounds that keep combining the tagger's names with the rules linear (issue 13, item 17):
// a run of capitalised words longer than any name is no name, and names are looked up by their
// runs of words instead of against every other name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { nodeTaggers } from '../../../../src/cli/ner-models';
import { MAX_TAGGED_TOKENS } from '../../../../src/core/facts/tagged';
import type { Tagger } from '../../../../src/core/ner/tagger';
import {
  MAX_TAGGED_NAME_TOKENS,
  NameIndex,
  PeopleIndex,
  wordRuns,
} from '../../../../src/core/facts/name-index';

const contains = (whole: string, part: string) =>
  ` ${whole.toLowerCase()} `.includes(` ${part.toLowerCase()} `);

const NAMES = ['University of London', 'London', 'Joko Widodo', 'Widodo', 'Bank Central Asia'];
const PARTS = [
  ...NAMES,
  'london',
  'of London',
  'University',
  'Joko',
  'Asia',
  'Central',
  'Paris',
  'Bank Asia',
  'of',
];

describe('NameIndex', () => {
  it('answers as a scan with " whole ".includes(" part ") over every name would', () => {
    const index = new NameIndex();
    NAMES.forEach((name, i) => index.add(name, i / 10));
    for (const part of PARTS) {
      const holders = NAMES.map((n, i) => ({ n, score: i / 10 })).filter((x) =>
        contains(x.n, part),
      );
      const strict = holders.filter((x) => x.n.toLowerCase() !== part.toLowerCase());
      expect(index.within(part)).toBe(Math.max(-Infinity, ...holders.map((x) => x.score)));
      expect(index.strictlyWithin(part)).toBe(Math.max(-Infinity, ...strict.map((x) => x.score)));
    }
  });

  it('indexes a name by its runs of whole words only', () => {
    expect(wordRuns('Bank Central Asia')).toEqual([
      'bank',
      'bank central',
      'bank central asia',
      'central',
      'central asia',
      'asia',
    ]);
  });
});

describe('PeopleIndex', () => {
  it('finds the first person whose name is, holds or is held in the name, as a scan would', () => {
    const people = ['Joko Widodo', 'Sri Mulyani', 'Widodo', 'Mulyani Indrawati'].map((name, i) => ({
      name,
      role: null,
      sentence: i,
    }));
    const index = new PeopleIndex(people);
    for (const part of [...PARTS, 'Sri Mulyani Indrawati', 'Mulyani', 'Presiden Joko Widodo']) {
      const scan = people.find((q) => contains(q.name, part) || contains(part, q.name));
      expect(index.first(part)).toBe(scan);
    }
  });
});

describe('names from the tagger', () => {
  const taggers = nodeTaggers();
  const CAPITALS = 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike ';

  it('takes no run of capitalised words longer than a name for a name', () => {
    const facts = analyze([`${CAPITALS.repeat(20)}.`], {
      lang: 'en',
      taggers,
    }).facts;
    const all = [...facts.people, ...facts.places, ...facts.organizations];
    // No name has 20 words; the bound is below that.
    expect(MAX_TAGGED_NAME_TOKENS).toBeLessThan(20);
    for (const fact of all) expect(fact.name.split(/\s+/).length).toBeLessThan(20);
  });
});

describe("the tagger's budget", () => {
  const real = nodeTaggers().get('en')!;
  const counting = () => {
    const seen = { tokens: 0 };
    const tagger: Tagger = {
      ...real,
      tag: (tokens) => ((seen.tokens += tokens.length), real.tag(tokens)),
    };
    return { seen, taggers: { get: () => tagger } };
  };
  const SENTENCE =
    'Prime Minister Anthony Albanese visited Sydney on Monday with officials of the Reserve Bank.';

  it('reads a whole article of ordinary length', () => {
    const { seen, taggers } = counting();
    const facts = analyze([SENTENCE.repeat(3)], { lang: 'en', taggers }).facts;
    expect(seen.tokens).toBeGreaterThan(40);
    expect(facts.people.map((p) => p.name)).toContain('Anthony Albanese');
  });

  it('reads at most MAX_TAGGED_TOKENS tokens of a page of any size, and no giant sentence', () => {
    const { seen, taggers } = counting();
    const paragraphs = Array.from({ length: 400 }, () => `${SENTENCE} `.repeat(20));
    paragraphs.push('Alpha Bravo Charlie '.repeat(30_000));
    analyze(paragraphs, { lang: 'en', taggers });
    expect(MAX_TAGGED_TOKENS).toBeLessThanOrEqual(50_000);
    expect(seen.tokens).toBeGreaterThan(0);
    expect(seen.tokens).toBeLessThanOrEqual(MAX_TAGGED_TOKENS);
  });
});
