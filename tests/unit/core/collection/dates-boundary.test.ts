// Dates are valid dates at every boundary (issue 13, item 2): a record with `savedAt: 9e15` or a
// date fact "2025-13" is refused at import with a reason, and one that is already stored never
// makes a formatter or an export throw.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import type { SavedArticle } from '../../../../src/core/schema/saved-article';
import { exportLibraryJson, parseLibraryFile } from '../../../../src/core/collection/library-json';
import { articleToMarkdown } from '../../../../src/core/collection/markdown';
import { libraryToHtml } from '../../../../src/core/collection/html-export';
import { formatDate, formatDay } from '../../../../src/ui/format';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const good = (n: number): SavedArticle => makeSavedArticle(sampleArticle(n), `id-${n}`, 1_000 * n);
const withFactDate = (record: SavedArticle, iso: string): SavedArticle => ({
  ...record,
  digest: {
    ...record.digest,
    facts: {
      ...record.digest.facts,
      dates: [{ text: 'sometime', iso, sentence: 0, confidence: 1 }],
    },
  },
});

describe('dates at the import boundary', () => {
  it('refuses impossible times and dates, record by record, and keeps the others', () => {
    const file = exportLibraryJson(
      [
        { ...good(1), savedAt: 9e15 },
        { ...good(2), updatedAt: -1 },
        withFactDate(good(3), '2025-13'),
        withFactDate(good(4), '2025-02-30'),
        { ...good(5), publishedTime: '+275760-09-13T00:00:00.000Z' },
        withFactDate(good(6), '2025-12-01'),
        withFactDate(good(7), '--12-31'),
      ],
      new Date(0),
    );
    const parsed = parseLibraryFile(file, { sanitize: (h) => h, newId: () => 'new' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records.map((r) => r.index)).toEqual([5, 6]);
    expect(parsed.rejected.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    for (const r of parsed.rejected) expect(r.reason).toMatch(/date|time/i);
  });
});

describe('dates already stored', () => {
  it('format to nothing instead of throwing', () => {
    expect(formatDay(9e15, 'en')).toBe('');
    expect(formatDay(Number.NaN, 'en')).toBe('');
    expect(formatDay(0, 'en')).toMatch(/1970/);
    expect(formatDate('2025-13', 'en')).toBeNull();
    expect(formatDate('--13-45', 'en')).toBeNull();
    expect(formatDate('2025-02-30', 'en')).toBeNull();
    expect(formatDate('2025-12', 'en')).toBe('December 2025');
  });

  it('never break the Markdown or HTML export', () => {
    const bad = { ...withFactDate(good(1), '2025-13'), savedAt: 9e15, updatedAt: 9e15 };
    const md = articleToMarkdown(bad, win);
    expect(md).toContain('# ');
    const html = libraryToHtml([bad, good(2)], win, { now: new Date(0) });
    expect(html).not.toContain('Invalid Date');
    expect(html).not.toContain('NaN');
  });
});
