// The injected reader carries only part of the catalogues: every key its code can ask for is in it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { injectedCatalogue, PAGE_ONLY_KEYS } from '../../../scripts/injected-catalogues.mjs';
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

describe('injected catalogues', () => {
  it('keep every key the reader and its shared components name', () => {
    const named = new Set<string>();
    for (const layer of INJECTED_LAYERS)
      for (const text of sources(join(SRC, layer)))
        for (const match of text.matchAll(/\bt\(\s*'([\w]+)'/g)) named.add(match[1]!);
    expect(named.size).toBeGreaterThan(20);
    const kept = injectedCatalogue(en);
    for (const key of named) {
      expect(PAGE_ONLY_KEYS.test(key), key).toBe(false);
      expect(kept, key).toHaveProperty(key);
    }
  });

  it('leave out the library and options words', () => {
    const kept = injectedCatalogue(en);
    expect(Object.keys(kept).some((key) => key.startsWith('library_'))).toBe(false);
    expect(kept).not.toHaveProperty('optionsTitle');
    expect(kept).toHaveProperty('readerClose');
  });
});
