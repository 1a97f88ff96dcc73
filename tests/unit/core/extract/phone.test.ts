import { describe, expect, it } from 'vitest';
import { isPhoneNumber } from '../../../../src/core/extract/phone';
import { isTimestampLine } from '../../../../src/core/extract/blocks';

describe('a telephone number is no date line', () => {
  it.each([
    '+81 158-23-2012',
    '+49 (0)30 1234 2019',
    'Tel. +62 21 5290 2020',
    'Phone: +1 212-555-2019',
    '(030) 2019 4455',
    '0511 2020 3344',
  ])('%j is a number and stays', (text) => {
    expect(isPhoneNumber(text)).toBe(true);
    expect(isTimestampLine(text)).toBe(false);
  });

  it.each([
    // Look-alikes: date lines that stay date lines.
    '05.10.2021',
    '05.10.2021 14:56',
    '28.10.2021, 058/21',
    '11/18/19 2019',
    'Kamis, 5 November 2015 14:56 WIB',
    'Published: 10:00am, 20 Jan, 2020',
  ])('%j is no number', (text) => {
    expect(isPhoneNumber(text)).toBe(false);
  });

  it('date lines are still date lines', () => {
    expect(isTimestampLine('05.10.2021 14:56')).toBe(true);
    expect(isTimestampLine('Kamis, 5 November 2015 14:56 WIB')).toBe(true);
  });
});
