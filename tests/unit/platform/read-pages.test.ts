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

  /**
   * A tab whose pages.js loader answers from the fixtures; `delays` holds back an address's
   * answer (ms), to have pages arrive out of order.
   */
  function fakeTab(asked: string[][], delays: Record<string, number> = {}) {
    let installed = false;
    return {
      scripting: {
        executeScript: (details: { files?: string[]; args?: [string, string] }) => {
          if (!details.args) {
            installed = details.files?.[0] === 'content/pages.js';
            return Promise.resolve([{ result: true }]);
          }
          if (!installed) return Promise.resolve([{ result: null }]);
          const pageUrl = details.args[1];
          asked.push([pageUrl]);
          return new Promise<{ result: unknown }[]>((resolve) =>
            setTimeout(() => resolve([{ result: markupOf(pageUrl) }]), delays[pageUrl] ?? 0),
          );
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

  it('tells the article page by page, in reading order, however the pages arrive', async () => {
    const expected = expectedOf(form);
    expect(expected.pages).toBeGreaterThanOrEqual(3);
    const pageUrl = (n: number) => url.replace(/article\.html$/, `article.html?page=${n}`);
    // Page 3 arrives first: it must wait for page 2.
    const delays = { [pageUrl(2)]: 60, [pageUrl(3)]: 0 };
    const updates: { joined: number; text: string }[] = [];
    const answer = await readTabPages(3, fakeTab([], delays), pageOne, parse, 30_000, (more) => {
      if (more.status === 'joined')
        updates.push({ joined: more.outcome.joined, text: more.reading.article.text });
    });
    expect(updates.map((u) => u.joined)).toEqual(
      Array.from({ length: expected.pages - 1 }, (_, i) => i + 2),
    );
    const whole = answer?.status === 'joined' ? answer.reading.article.text : '';
    expect(updates.at(-1)?.text).toBe(whole);
    // Each update is a beginning of the whole article, longer than the one before.
    for (const [i, update] of updates.entries()) {
      expect(whole.startsWith(update.text.slice(0, -1))).toBe(true);
      if (i) expect(update.text.length).toBeGreaterThan(updates[i - 1]!.text.length);
    }
    const positions = expected.paragraphs.map((p) => whole.indexOf(p));
    expect(positions.every((at, i) => at >= 0 && (i === 0 || at > positions[i - 1]!))).toBe(true);
  });

  it('a page that cannot be loaded does not hold back the pages after it', async () => {
    const updates: number[] = [];
    const failing = fakeTab([]);
    const broken = {
      scripting: {
        executeScript: (details: { files?: string[]; args?: [string, string] }) =>
          details.args?.[1]?.endsWith('page=2')
            ? Promise.reject(new Error('gone'))
            : failing.scripting.executeScript(details),
      },
    };
    const answer = await readTabPages(3, broken, pageOne, parse, 30_000, (more) => {
      if (more.status === 'joined') updates.push(more.outcome.joined);
    });
    expect(updates).toEqual([2]);
    expect(answer).toMatchObject({ status: 'joined', outcome: { joined: 2, failed: [2] } });
  });
});
