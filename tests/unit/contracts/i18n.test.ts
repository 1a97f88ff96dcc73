import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  makeTranslate,
  pickUiLanguage,
  plural,
  type MessageCatalog,
} from '../../../src/contracts/i18n';
import { translator } from '../../../src/contracts/locales';
import { REMOVED_KINDS } from '../../../src/core/schema/article';

const load = (lang: string) =>
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`),
      'utf8',
    ),
  ) as MessageCatalog;

describe('translations', () => {
  it('has every English key in Indonesian and the reverse', () => {
    const en = Object.keys(load('en')).sort();
    const id = Object.keys(load('id')).sort();
    expect(id).toEqual(en);
  });
  it('names every key as browsers require (ASCII letters, digits and _)', () => {
    for (const lang of ['en', 'id']) {
      for (const key of Object.keys(load(lang))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });
  it('substitutes positional and named placeholders', () => {
    const t = makeTranslate({
      a: { message: '$1 min read' },
      b: { message: 'Saved $COUNT$ articles', placeholders: { count: { content: '$1' } } },
    });
    expect(t('a', [4])).toBe('4 min read');
    expect(t('b', [12])).toBe('Saved 12 articles');
  });
  it('falls back to English, then to the key', () => {
    const t = makeTranslate({}, { only: { message: 'English' } });
    expect(t('only')).toBe('English');
    expect(t('missing')).toBe('missing');
  });
  it('picks the reader choice, then the browser language, then English', () => {
    expect(pickUiLanguage('id', 'en-US')).toBe('id');
    expect(pickUiLanguage(null, 'id-ID')).toBe('id');
    expect(pickUiLanguage(undefined, 'fr-FR')).toBe('en');
  });
});

describe('plural', () => {
  const en = translator('en');
  const id = translator('id');
  it('picks the English form by Intl.PluralRules and formats the count', () => {
    expect(plural(en, 'en', 'library_deleted', 1)).toBe('Deleted 1 article.');
    expect(plural(en, 'en', 'library_deleted', 2)).toBe('Deleted 2 articles.');
    expect(plural(en, 'en', 'removedWords', 0)).toBe('0 words');
    expect(plural(en, 'en', 'library_count', 12000)).toBe('12,000 saved articles');
  });
  it('uses the one Indonesian form for every count', () => {
    expect(plural(id, 'id', 'library_deleted', 1)).toBe('1 artikel dihapus.');
    expect(plural(id, 'id', 'removedWords', 12000)).toBe('12.000 kata');
  });
  it('falls back to the other form where a language has no such form', () => {
    const t = makeTranslate({ n_other: { message: '$1 things' } });
    expect(plural(t, 'en', 'n', 1)).toBe('1 things');
  });
});

describe('removed kinds', () => {
  it('names every kind of removed block in both languages, none as "other clutter"', () => {
    for (const lang of ['en', 'id']) {
      const catalog = load(lang);
      for (const kind of REMOVED_KINDS) {
        const entry = catalog[`removedKind_${kind.replace(/-/g, '_')}`];
        expect(entry?.message, `${lang} ${kind}`).toBeTruthy();
        expect(entry?.message).not.toMatch(/other clutter|sampah lain/);
      }
    }
  });
});
