// Judgements on one block of text: the date lines the clean-up removes, and look-alikes it keeps.
import { describe, expect, it } from 'vitest';
import { isTimestampLine } from '../../../../src/core/extract/blocks';

describe('isTimestampLine', () => {
  it.each([
    ['Kamis, 5 November 2015 14:56 WIB | 1.229 Views', true],
    ['Updated 11:21 pm CST, Tuesday, November 19, 2019', true],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', true],
    ['Selasa, 23/02/2016 15:32 WIB', true],
    ['ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -', false],
    [
      'The airport closed on 5 November 2015 because volcanic ash covered the runway and the terminal.',
      false,
    ],
    ['Breaking news', false],
  ])('%s -> %s', (text, expected) => {
    expect(isTimestampLine(text)).toBe(expected);
  });
});
