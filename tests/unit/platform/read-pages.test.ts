// What content/pages.js answers is checked before the popup trusts it (issue 12).
import { describe, expect, it } from 'vitest';
import { pagesReadingOf } from '../../../src/platform/read-pages';

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
