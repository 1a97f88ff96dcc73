import { describe, expect, it } from 'vitest';
import { primaryLanguage, toIsoDate } from '../../../../src/core/extract/metadata';

describe('toIsoDate', () => {
  it.each([
    ['2025-12-01T19:42:00+08:00', '2025-12-01T19:42:00+08:00'],
    ['2024-03-05T08:30:00+0700', '2024-03-05T08:30:00+07:00'],
    ['2019-11-19 10:48', '2019-11-19T10:48:00'],
    ['2019-11-19', '2019-11-19'],
    ['2019-11-19T10:48:00Z', '2019-11-19T10:48:00Z'],
    ['Tue, 19 Nov 2019 10:48:00 GMT', '2019-11-19T10:48:00.000Z'],
    ['yesterday', null],
    ['2019-13-45', null],
    ['', null],
  ])('%s -> %s', (input, expected) => expect(toIsoDate(input)).toBe(expected));
});

describe('primaryLanguage', () => {
  it.each([
    ['id-ID', 'id'],
    ['en_US', 'en'],
    ['pt-br', 'pt'],
    ['', null],
    ['x', null],
  ])('%s -> %s', (tag, expected) => expect(primaryLanguage(tag)).toBe(expected));
});
