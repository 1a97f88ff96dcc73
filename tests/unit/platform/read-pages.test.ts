// What content/pages.js answers is checked before the popup trusts it (issue 12).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { pagesReadingOf, readTabPages } from '../../../src/platform/read-pages';
import { expectedOf, fileOf, firstUrl, ORIGIN, parse } from '../core/extract/paged-fixtures';

const article = {
  url: 'https://a.id/x',
  canonicalUrl: 'https://a.id/x',
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'id',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  wordCount: 100,
  readingMinutes: 1,
  html: '<p>x</p>',
  text: 'x',
  removed: [],
};
// The article alone, as content/pages.js answers: the digest is computed outside the page.
const ok = { ok: true, article, ms: 1 };

describe('pagesReadingOf', () => {
  it('a single page is nothing to show', () => {
    expect(pagesReadingOf(3, null)).toEqual({ status: 'single' });
  });
  it('joined pages replace page one, with what came of each page', () => {
    const answer = pagesReadingOf(3, { result: ok, joined: 2, total: 3, failed: [3] });
    expect(answer).toMatchObject({
      status: 'joined',
      reading: { ok: true, tabId: 3, article: { title: 'T' } },
      outcome: { joined: 2, total: 3, failed: [3] },
    });
    expect(answer?.status === 'joined' && 'digest' in answer.reading).toBe(false);
  });
  it('no further page loaded: page one stays, the failures are named', () => {
    expect(pagesReadingOf(3, { result: ok, joined: 1, total: 2, failed: [2] })).toEqual({
      status: 'failed',
      outcome: { joined: 1, total: 2, failed: [2] },
    });
  });
  it('anything malformed is refused', () => {
    expect(pagesReadingOf(3, { result: ok, joined: 'all', total: 3, failed: [] })).toBeNull();
    expect(pagesReadingOf(3, { result: { ok: true }, joined: 2, total: 2, failed: [] })).toBeNull();
    expect(pagesReadingOf(3, 'pages')).toBeNull();
  });
});

// The split of issue 12 after issue 17: the extension finds the pages on page one's markup and
// reads them; the tab (content/pages.js) only fetches the markup of the addresses it is given.
describe('readTabPages', () => {
  const form = 'query';
  const url = firstUrl(form);
  const markupOf = (pageUrl: string): string | null => {
    const file = fileOf(pageUrl);
    return file ? fs.readFileSync(file, 'utf8') : null;
  };
  const pageOne = { markup: markupOf(url) ?? '', url };

  /** A tab whose pages.js answers from the fixtures. */
  function fakeTab(asked: string[][]) {
    let request: string[] = [];
    return {
      scripting: {
        executeScript: (details: { files?: string[]; args?: [string, string[]] }) => {
          if (details.args) {
            request = details.args[1];
            return Promise.resolve([{ result: undefined }]);
          }
          asked.push(request);
          const answer = request.map((pageUrl) => ({ url: pageUrl, markup: markupOf(pageUrl) }));
          return Promise.resolve([{ result: answer }]);
        },
      },
    };
  }

  it('asks the tab for the other pages only, and joins them here', async () => {
    const asked: string[][] = [];
    const answer = await readTabPages(3, fakeTab(asked), pageOne, parse);
    const expected = expectedOf(form);
    expect(answer).toMatchObject({
      status: 'joined',
      outcome: { joined: expected.pages, total: expected.pages, failed: [] },
    });
    expect(asked.flat()).not.toContain(url);
    expect(asked.flat()).toHaveLength(expected.pages - 1);
    const text = answer?.status === 'joined' ? answer.reading.article.text : '';
    for (const paragraph of expected.paragraphs) expect(text).toContain(paragraph);
  });

  it('a page without further pages asks the tab for nothing', async () => {
    const asked: string[][] = [];
    const single = {
      markup:
        '<html><body><article><p>One page only, and nothing more.</p></article></body></html>',
      url: `${ORIGIN}/x`,
    };
    expect(await readTabPages(3, fakeTab(asked), single, parse)).toEqual({ status: 'single' });
    expect(asked).toEqual([]);
  });
});
