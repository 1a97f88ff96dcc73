// Articles split over pages (tests/fixtures/paged, made from corpus pages by
// scripts/make-paged-fixtures.ts) read whole: each paragraph once, in order, page boundaries kept.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectPages } from '../../../../src/core/extract/collect-pages';
import { readPage, readPages } from '../../../../src/core/read-page';
import { expectedOf, fileOf, firstUrl, fixtureLoader, FORMS, parse } from './paged-fixtures';

const norm = (s: string): string =>
  s
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

describe.each(FORMS)('an article split over pages (%s)', (form) => {
  const expected = expectedOf(form);
  const url = firstUrl(form);
  const doc = parse(fs.readFileSync(fileOf(url)!, 'utf8'));

  it('page one alone has only its own share of the paragraphs', () => {
    const result = readPage(doc, url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = norm(result.article.text);
    const found = expected.paragraphs.filter((p) => text.includes(norm(p)));
    expect(found.length).toBeLessThan(expected.paragraphs.length);
  });

  it('joined, has every paragraph once and in order, and asks only its own origin', async () => {
    const asked: string[] = [];
    const collected = await collectPages(doc, url, fixtureLoader(asked));
    const { result, joined, failed, total } = readPages(collected, url);
    expect(failed).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = norm(result.article.text);
    let at = -1;
    for (const paragraph of expected.paragraphs) {
      const p = norm(paragraph);
      expect(occurrences(text, p), p).toBe(1);
      const where = text.indexOf(p);
      expect(where, p).toBeGreaterThan(at);
      at = where;
    }
    if (form === 'show-all') {
      expect(collected.showAll).toBe(true);
      expect(asked).toHaveLength(1);
    } else {
      expect({ joined, total }).toEqual({ joined: expected.pages, total: expected.pages });
      expect(occurrences(result.article.html, '<hr data-page=')).toBe(expected.pages - 1);
    }
    for (const address of asked) expect(new URL(address).origin).toBe(new URL(url).origin);
  });
});

describe('pages that cannot be loaded', () => {
  it('joins the pages that load and names the one that did not', async () => {
    const url = firstUrl('query');
    const doc = parse(fs.readFileSync(fileOf(url)!, 'utf8'));
    const load = fixtureLoader();
    const collected = await collectPages(doc, url, (u) =>
      u.endsWith('page=2') ? Promise.reject(new Error('offline')) : load(u),
    );
    const { result, joined, failed, total } = readPages(collected, url);
    expect(result.ok).toBe(true);
    expect({ joined, failed, total }).toEqual({ joined: 2, failed: [2], total: 3 });
  });
});
