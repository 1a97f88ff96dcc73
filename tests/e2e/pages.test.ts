// Articles split over pages (issue 12), served on 127.0.0.1 from tests/fixtures/paged (real
// corpus pages split inside their own templates by scripts/make-paged-fixtures.ts): the popup
// shows page one at once, then the whole article, each paragraph once and in order; the
// reader does the same; a page that does not load is named; the setting turns it off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eachBrowser, FIXTURES, launch, until, type Driver } from './harness';
import { waitForReader } from './shadow';

interface Expected {
  pages: number;
  first: string;
  paragraphs: string[];
}
const FORMS = ['query', 'path', 'rel-next', 'next-phrase', 'show-all'] as const;
const expectedOf = (form: string): Expected =>
  JSON.parse(readFileSync(join(FIXTURES, 'paged', form, 'expected.json'), 'utf8')) as Expected;
const norm = (s: string): string =>
  s
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const pathPage = (n: string) => () => ({
  body: readFileSync(join(FIXTURES, 'paged', 'path', 'article', n, 'index.html'), 'utf8'),
});
// A copy of the WordPress-style set whose page 2 fails.
const routes = {
  '/paged/broken/article/': pathPage(''),
  '/paged/broken/article/2/': () => ({ status: 500, body: 'server error' }),
  '/paged/broken/article/3/': pathPage('3'),
  // And one whose page 3 is slow: what comes before it is shown meanwhile.
  '/paged/slow/article/': pathPage(''),
  '/paged/slow/article/2/': pathPage('2'),
  '/paged/slow/article/3/': () => ({ ...pathPage('3')(), holdMs: 4000 }),
};

function expectEachOnceInOrder(body: string, paragraphs: string[]) {
  let at = -1;
  for (const paragraph of paragraphs) {
    const p = norm(paragraph);
    const first = body.indexOf(p);
    expect(first, p).toBeGreaterThan(at);
    expect(body.indexOf(p, first + 1), `${p} shown twice`).toBe(-1);
    at = first;
  }
}

eachBrowser((name) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch(name, { routes });
  });
  afterAll(async () => {
    await d?.close();
  });

  async function setSettings(values: Record<string, unknown>) {
    await d.ext(async (next: Record<string, unknown>) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...next } });
    }, values);
  }

  describe.each(FORMS)('popup on an article split over pages (%s)', (form) => {
    it('shows the whole article with each paragraph once, in order', async () => {
      const expected = expectedOf(form);
      const tab = await d.openPage(`${d.server.url}/paged/${form}/${expected.first}`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('.pages-status[data-pages="done"]', { attached: true });
      expect(await popup.text('.pages-status')).toBe(`${expected.pages} pages joined`);
      expectEachOnceInOrder(norm(await popup.innerText('.article-content')), expected.paragraphs);
      if (form !== 'show-all')
        expect(await popup.count('.article-content hr[data-page]')).toBe(expected.pages - 1);
      // Only this origin was asked, by the tab itself.
      for (const url of tab.requests.filter((u) => /^(?:https?|wss?):/i.test(u)))
        expect(new URL(url).origin).toBe(d.server.url);
      await popup.close();
      await tab.close();
    });
  });

  describe('pages that do not come, the reader, the setting', () => {
    it('says which page could not be loaded and shows the others', async () => {
      const tab = await d.openPage(`${d.server.url}/paged/broken/article/`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('.pages-status[data-pages="done"]', { attached: true });
      expect(await popup.text('.pages-status')).toBe(
        '2 pages joined · Page 2 of 3 could not be loaded',
      );
      await popup.screenshot('popup-pages-failed');
      await popup.close();
      await tab.close();
    });

    it('the in-page reader joins the pages too', async () => {
      const expected = expectedOf('query');
      const tab = await d.openPage(`${d.server.url}/paged/query/${expected.first}`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="article"]');
      const closed = await popup.watchClose();
      await popup.click('button', 'Read in page');
      await closed();
      const shadow = await waitForReader(d, tab);
      expect(shadow).not.toBeNull();
      const joined = await until(
        () =>
          shadow!.call<string>(
            'function () { return this.querySelector(\'.pages-status[data-pages="done"]\')?.textContent ?? ""; }',
          ),
        'the reader says the pages were joined',
      );
      expect(joined).toBe('3 pages joined');
      const body = await shadow!.call<string>(
        'function () { return this.querySelector(".article-content").textContent; }',
      );
      expectEachOnceInOrder(norm(body), expected.paragraphs);
      await tab.close();
    });

    it('the in-page reader shows each page as it comes, in reading order', async () => {
      const expected = expectedOf('path');
      const tab = await d.openPage(`${d.server.url}/paged/slow/article/`);
      await tab.front();
      await d.runCommand('toggle-reader');
      const shadow = await waitForReader(d, tab);
      expect(shadow).not.toBeNull();
      // Page two joined while page three is still on its way.
      const partial = await until(
        () =>
          shadow!.call<string>(
            `function () {
              const status = this.querySelector('.pages-status');
              const seams = this.querySelectorAll('.article-content hr[data-page]').length;
              return status?.dataset.pages === 'loading' && seams === 1
                ? this.querySelector('.article-content').textContent
                : '';
            }`,
          ),
        'page two joined, page three still loading',
      );
      expect(norm(partial)).toContain(norm(expected.paragraphs[0]!));
      expect(norm(partial)).not.toContain(norm(expected.paragraphs.at(-1)!));
      // Then the whole, each paragraph once and in order.
      const joined = await until(
        () =>
          shadow!.call<string>(
            'function () { return this.querySelector(\'.pages-status[data-pages="done"]\')?.textContent ?? ""; }',
          ),
        'the reader says the pages were joined',
      );
      expect(joined).toBe('3 pages joined');
      const body = await shadow!.call<string>(
        'function () { return this.querySelector(".article-content").textContent; }',
      );
      expectEachOnceInOrder(norm(body), expected.paragraphs);
      expect(
        await shadow!.call<number>(
          'function () { return this.querySelectorAll(".article-content hr[data-page]").length; }',
        ),
      ).toBe(2);
      await tab.close();
    });

    it('turned off, the popup shows page one only and asks for no other page', async () => {
      await setSettings({ followPages: false });
      try {
        const expected = expectedOf('path');
        const tab = await d.openPage(`${d.server.url}/paged/path/${expected.first}`);
        const popup = await d.openPopup(tab.tabId);
        await popup.waitFor('[data-state="article"]');
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await popup.count('.pages-status')).toBe(0);
        expect(tab.requests.filter((url) => /\/paged\/path\/article\/\d\//.test(url))).toEqual([]);
        await popup.close();
        await tab.close();
      } finally {
        await setSettings({ followPages: true });
      }
    });
  });
});
