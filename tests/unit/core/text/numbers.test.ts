import { describe, it, expect } from 'vitest';
import { parseNumber } from '../../../../src/core/text/numbers';
import { getPack } from '../../../../src/core/text/packs';

describe('parseNumber', () => {
  const id = getPack('id');
  const en = getPack('en');
  it.each([
    ['130.000', id, 130000],
    ['2,1', id, 2.1], // in Indonesian "2,1" is two point one
    ['1.234.567,89', id, 1234567.89],
    ['2.5', id, 2.5], // a lone dot before one digit cannot group thousands
    ['1,000', en, 1000],
    ['3.5', en, 3.5],
    ['1,234.5', en, 1234.5],
    ['12', en, 12],
  ])('%s', (text, pack, value) => {
    expect(parseNumber(text, pack)).toBe(value);
  });
});
