import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../src/core/extract/plain-text';

describe('countWords', () => {
  it('counts runs of letters and digits', () =>
    expect(countWords('Harga karet naik 5% pada 2025.')).toBe(6));
  it('counts two characters of unspaced scripts as a word', () =>
    expect(countWords('東京都')).toBe(2));
});
