// The injected reader carries no catalogue: the background sends it its strings, and every key
// its code (and the shared components it shows) can ask for is among them, in each UI language.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { catalogueImport } from '../../../scripts/injected-catalogues.mjs';
import {
  PAGE_ONLY_KEYS,
  ReaderStringsSchema,
  readerCatalogue,
} from '../../../src/contracts/reader-strings';
import { readerStrings } from '../../../src/contracts/locales';
import en from '../../../public/_locales/en/messages.json';

const SRC = resolve(import.meta.dirname, '../../../src');
/** The layers the injected scripts may import (LAYERS in eslint.config.js). */
const INJECTED_LAYERS = ['content', 'reader', 'ui', 'contracts', 'core'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

describe('reader strings', () => {
  it('hold every key the reader and its shared components name, in every UI language', () => {
    const named = new Set<string>();
    for (const layer of INJECTED_LAYERS)
      for (const text of sources(join(SRC, layer)))
        for (const match of text.matchAll(/\bt\(\s*'([\w]+)'/g)) named.add(match[1]!);
    expect(named.size).toBeGreaterThan(20);
    for (const lang of ['en', 'id'] as const) {
      const kept = readerStrings(lang);
      for (const key of named) {
        expect(PAGE_ONLY_KEYS.test(key), key).toBe(false);
        expect(kept, `${lang}: ${key}`).toHaveProperty(key);
      }
    }
  });

  it('leave out the library and options words, not the highlight ones', () => {
    const kept = readerStrings('en');
    expect(kept).not.toHaveProperty('library_searchLabel');
    expect(kept).not.toHaveProperty('optionsTitle');
    expect(kept).toHaveProperty('readerClose');
    expect(kept).toHaveProperty('library_highlightsTitle');
  });

  it('are the language’s own words, English where it lacks one', () => {
    const strings = readerCatalogue(
      { readerClose: { message: 'Tutup' } },
      { readerClose: { message: 'Close' }, readerLabel: { message: 'Reader' } },
    );
    expect(strings).toEqual({
      readerClose: { message: 'Tutup' },
      readerLabel: { message: 'Reader' },
    });
    expect(readerStrings('id').readerClose!.message).not.toBe(en.readerClose.message);
  });

  it('pass the reader’s check, which refuses anything else', () => {
    expect(v.safeParse(ReaderStringsSchema, readerStrings('id')).success).toBe(true);
    expect(v.safeParse(ReaderStringsSchema, { a: { message: 1 } }).success).toBe(false);
    expect(v.safeParse(ReaderStringsSchema, 'strings').success).toBe(false);
  });

  it('are never bundled into an injected script again', () => {
    expect(catalogueImport('/x/public/_locales/id/messages.json')).toMatch(/reader:strings/);
    expect(catalogueImport('/x/src/content/reader.ts')).toBeNull();
  });
});
