// The choice of the confidence thresholds (scripts/ner/calibrate.ts): the most precise threshold
// that keeps recall at the floor, and held-out articles that are whole and seeded.
import { describe, expect, it } from 'vitest';
import { holdOut, pick, HELD_OUT, TIE, type Point } from '../../../scripts/ner/calibrate';
import type { NerSentence } from '../../../bench/lib/ner-data';

const curve: Point[] = [
  { threshold: 0.5, precision: 0.9, recall: 0.8 },
  { threshold: 0.7, precision: 0.93, recall: 0.7 },
  { threshold: 0.8, precision: 0.95, recall: 0.62 },
  { threshold: 0.9, precision: 0.97, recall: 0.5 },
];

describe('pick', () => {
  it.each([
    [0.65, 0.7],
    [0.6, 0.8],
    [0.45, 0.9],
    [0.85, 0.5],
  ])('recall floor %s -> %s', (floor, threshold) => {
    expect(pick(curve, floor)).toBe(threshold);
  });
  it('gives up no recall for a difference of noise', () => {
    const flat = curve.map((p, i) => ({ ...p, precision: 0.9 + i * (TIE / 4) }));
    expect(pick(flat, 0.6)).toBe(0.5);
  });
});

describe('holdOut', () => {
  const sentences: NerSentence[] = Array.from({ length: 103 }, (_, i) => ({
    text: `Sentence ${i}.`,
    entities: [],
  }));
  it('holds out whole articles of five, a seeded fifth, and keeps the rest', () => {
    const a = holdOut(sentences, 11);
    expect(holdOut(sentences, 11)).toEqual(a);
    expect(a.heldOut.length + a.rest.length).toBe(sentences.length);
    expect(a.heldOut.length / sentences.length).toBeCloseTo(HELD_OUT, 1);
    for (let i = 0; i < a.heldOut.length; i += 5) {
      const first = sentences.indexOf(a.heldOut[i]!);
      expect(first % 5).toBe(0);
      expect(a.heldOut.slice(i, i + 5)).toEqual(sentences.slice(first, first + 5));
    }
    expect(holdOut(sentences, 12).heldOut).not.toEqual(a.heldOut);
  });
});
