import { describe, expect, it } from 'vitest';
import { formatDate, languageName } from '../../../src/ui/format';

describe('formatDate', () => {
  it.each([
    ['2025-12-01', 'en', 'December 1, 2025'],
    ['2025-12-01', 'id', '1 Desember 2025'],
    ['2003', 'en', '2003'],
    ['2025-07', 'en', 'July 2025'],
    ['--07-27', 'id', '27 Juli'],
  ])('%s in %s -> %s', (iso, locale, shown) => {
    expect(formatDate(iso, locale)).toBe(shown);
  });
  it('shows nothing for no date or a broken one', () => {
    expect(formatDate(null, 'en')).toBeNull();
    expect(formatDate('yesterday', 'en')).toBeNull();
  });
});

describe('languageName', () => {
  it('names a language in the UI language', () => {
    expect(languageName('id', 'en')).toBe('Indonesian');
    expect(languageName('en', 'id')).toBe('Inggris');
    expect(languageName('und', 'en')).toBe('');
  });
});
