// The key-facts ranking stays linear in the number of facts (issue 13, item 17): a page of runs of
// capitalised words gave thousands of places, and every place was compared with every other.
// The work is counted as reads of the facts (a proxy counts them), never timed.
import { describe, expect, it } from 'vitest';
import { rankFacts } from '../../../../src/core/facts/rank-facts';
import type { Facts } from '../../../../src/core/types';

function countedPlaces(n: number, reads: { n: number }): Facts['places'] {
  return Array.from(
    { length: n },
    (_, i) =>
      new Proxy(
        { name: i % 2 ? `Kabupaten Place${i - 1}` : `Place${i}`, sentence: i },
        {
          get(target, key: 'name' | 'sentence') {
            reads.n++;
            return target[key];
          },
        },
      ),
  );
}

describe('rankFacts', () => {
  it('lets a full name count the mentions of its shorter form', () => {
    const places = [
      { name: 'Balangan', sentence: 3 },
      { name: 'Kabupaten Balangan', sentence: 4 },
      { name: 'Jakarta', sentence: 5 },
    ];
    const counts = new Map([
      ['Balangan', 5],
      ['Kabupaten Balangan', 1],
      ['Jakarta', 2],
    ]);
    const top = rankFacts(
      { people: [], places, organizations: [], dates: [], numbers: [], quotes: [] },
      { people: [], places, organizations: [], mentions: [], counts },
    );
    expect(top.filter((f) => f.kind === 'place').map((f) => f.label)).toEqual([
      'Kabupaten Balangan',
      'Jakarta',
    ]);
  });

  it('reads each fact a bounded number of times, however many there are', () => {
    const n = 4000;
    const reads = { n: 0 };
    const places = countedPlaces(n, reads);
    const dates = Array.from({ length: n }, () => ({
      text: 'Senin (1/12/25)',
      iso: '2025-12-01',
      sentence: 0,
      confidence: 1,
    }));
    const top = rankFacts(
      { people: [], places, organizations: [], dates, numbers: [], quotes: [] },
      { people: [], places, organizations: [], mentions: [], counts: new Map() },
    );
    expect(top.length).toBeGreaterThan(1);
    // Comparing every place with every other reads about 2 n^2 = 32,000,000 names here.
    expect(reads.n).toBeLessThan(n * 60);
  });
});
