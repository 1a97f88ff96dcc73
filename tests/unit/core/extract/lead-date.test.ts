import { describe, expect, it } from 'vitest';
import { leadDate } from '../../../../src/core/extract/lead-date';

describe('leadDate', () => {
  it.each([
    ['JAKARTA, 5 November 2015 - Pemerintah mengumumkan', '2015-11-05'],
    ['Paringin, Senin (1/12/2025) - Rombongan tiba', null],
    ['Mataram, 23/02/2016 - Sebanyak 29 penerbangan', '2016-02-23'],
    ['Tidak ada tanggal di sini', null],
  ])('%s', (text, expected) => expect(leadDate(text)).toBe(expected));
});
