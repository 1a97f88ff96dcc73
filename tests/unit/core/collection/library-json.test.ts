import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import { exportLibraryJson, parseLibraryFile } from '../../../../src/core/collection/library-json';
import { sanitizeHtml } from '../../../../src/core/sanitize';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('library-json', () => {
  it('JSON export is read back by the importer unchanged', () => {
    const records = [saved(1), saved(2, { read: true, tags: ['a'] })];
    const parsed = parseLibraryFile(exportLibraryJson(records, new Date(0)), {
      sanitize: (h) => sanitizeHtml(h, win),
      newId: () => 'new',
    });
    expect(parsed.ok && parsed.records.map((r) => r.record)).toEqual(
      records.map((r) => ({ ...r, html: sanitizeHtml(r.html, win) })),
    );
  });
});
