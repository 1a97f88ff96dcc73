import { describe, expect, it } from 'vitest';
import { splitOpening } from '../../../../src/core/summary/opening';

const s = (...indexes: number[]) => indexes.map((sentence) => ({ sentence, text: `S${sentence}` }));

describe('splitOpening', () => {
  it('marks a lead summary as the opening and lists nothing above it', () => {
    expect(splitOpening(s(0, 1, 2))).toEqual({ opening: s(0, 1, 2), gist: [] });
  });
  it('keeps sentences from further down as the gist, in the summary order', () => {
    expect(splitOpening(s(0, 7, 1, 4))).toEqual({ opening: s(0, 1), gist: s(7, 4) });
  });
  it('has no opening when the summary does not start at the first sentence', () => {
    expect(splitOpening(s(2, 3))).toEqual({ opening: [], gist: s(2, 3) });
  });
  it('handles an empty summary', () => {
    expect(splitOpening([])).toEqual({ opening: [], gist: [] });
  });
});
