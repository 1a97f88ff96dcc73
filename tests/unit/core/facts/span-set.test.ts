// The dates of a sentence are kept as disjoint spans; every new match is checked against them.
// A linear scan made a sentence of 100,000 "Senin (1/12/25)" quadratic. The work is counted as
// reads of the stored spans (a proxy counts them), never timed.
import { describe, expect, it } from 'vitest';
import { SpanSet, type Span } from '../../../../src/core/facts/span-set';

function counted(start: number, end: number, reads: { n: number }): Span {
  return new Proxy(
    { start, end },
    {
      get(target, key: 'start' | 'end') {
        reads.n++;
        return target[key];
      },
    },
  );
}

describe('SpanSet', () => {
  it('takes disjoint spans, refuses overlapping ones, answers in text order', () => {
    const set = new SpanSet();
    expect(set.add({ start: 10, end: 20 })).toBe(true);
    set.flush();
    expect(set.add({ start: 0, end: 5 })).toBe(true);
    expect(set.add({ start: 15, end: 25 })).toBe(false);
    expect(set.add({ start: 20, end: 22 })).toBe(true);
    expect(set.add({ start: 5, end: 10 })).toBe(true);
    set.flush();
    expect(set.overlaps(19, 21)).toBe(true);
    expect(set.overlaps(22, 30)).toBe(false);
    expect(set.sorted().map((s) => s.start)).toEqual([0, 5, 10, 20]);
  });

  it('checks each new span in logarithmic work, over passes that interleave', () => {
    const n = 6000;
    const reads = { n: 0 };
    const set = new SpanSet();
    for (let i = 0; i < n; i += 2) set.add(counted(i * 10, i * 10 + 5, reads));
    set.flush();
    for (let i = 1; i < n; i += 2) set.add(counted(i * 10, i * 10 + 5, reads));
    set.flush();
    for (let i = 0; i < n; i++) expect(set.add(counted(i * 10 + 2, i * 10 + 8, reads))).toBe(false);
    set.flush();
    expect(set.sorted()).toHaveLength(n);
    // A scan reads every span for every check: about n^2 = 36,000,000 reads here.
    expect(reads.n).toBeLessThan(n * 3 * 40);
  });
});
