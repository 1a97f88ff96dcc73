// The popup reads a real page in a real browser: what a reader sees, state by state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eachBrowser, FIXTURES, launch, type Driver } from './harness';

const seedHtml = readFileSync(join(FIXTURES, 'seed-page.html'), 'utf8');
/** The seed page, its last bytes held back for a while. */
const routes = {
  '/slow/seed-page.html': () => ({
    body: seedHtml.replace('</body>', ''),
    tail: '</body></html>',
    holdMs: 2500,
  }),
};

const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-expected.json'), 'utf8')) as {
  title: string;
  siteName: string;
  paragraphs: string[];
  clutter: string[];
};

/** A page of the browser itself, which no extension may read. */
const BROWSER_PAGE = { chromium: 'chrome://version', firefox: 'about:robots' };

eachBrowser((name) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch(name, { routes });
  });
  afterAll(async () => {
    await d?.close();
  });

  describe('popup on the seed article', () => {
    it('shows the title, site, date and every paragraph, and none of the clutter', async () => {
      const tab = await d.openPage(`${d.server.url}/seed-page.html`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="article"]');
      await expect(popup.text('h1.article-title')).resolves.toBe(expected.title);
      await expect(popup.text('.article-site')).resolves.toBe(expected.siteName);
      await expect(popup.attr('time.article-date', 'datetime')).resolves.toMatch(/^2025-12-01/);
      const body = (await popup.innerText('.article-content')).replace(/\s+/g, ' ');
      for (const paragraph of expected.paragraphs)
        expect(body).toContain(paragraph.replace(/\s+/g, ' '));
      for (const clutter of expected.clutter) expect(body).not.toContain(clutter);
      // Sanitised at the sink: no script, no inline handler, every link opens outside the popup.
      const unsafe = await popup.evaluate(() => ({
        scripts: document.querySelectorAll(
          '.article-content script, .article-content iframe, .article-content form',
        ).length,
        handlers: [...document.querySelectorAll('.article-content *')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        links: [...document.querySelectorAll('.article-content a[href]')].filter(
          (a) => a.getAttribute('target') !== '_blank',
        ).length,
      }));
      expect(unsafe).toEqual({ scripts: 0, handlers: 0, links: 0 });
      await popup.screenshot('popup-seed');
      await Promise.all([popup.close(), tab.close()]);
    });
  });

  describe('popup size', () => {
    it('fits the toolbar panel (at most 800 x 600) at its own width, in every state', async () => {
      // The panel takes the size of the popup's content; a page as large as the biggest panel
      // shows what that size is.
      const tab = await d.openPage(`${d.server.url}/seed-page.html`);
      const sizes: Record<string, unknown>[] = [];
      for (const [path, state] of [
        [`popup.html?tab=${tab.tabId}`, 'article'],
        ['popup.html?tab=987654321', 'error'],
      ] as const) {
        const popup = await d.openExtensionPage(path, { width: 800, height: 600 });
        await popup.waitFor(`[data-state="${state}"]`);
        sizes.push(
          await popup.evaluate(() => {
            const body = document.body.getBoundingClientRect();
            return {
              width: body.width,
              fits: body.height <= 600 && body.height >= 180,
              overflowX: document.body.scrollWidth > body.width,
            };
          }),
        );
        await popup.close();
      }
      expect(sizes).toEqual([
        { width: 460, fits: true, overflowX: false },
        { width: 460, fits: true, overflowX: false },
      ]);
      await tab.close();
    });
  });

  describe('popup states', () => {
    it('says there is no article on a sign-in page', async () => {
      const tab = await d.openPage(`${d.server.url}/not-article.html`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="not-article"]');
      await expect(popup.text('[data-state="not-article"] h1')).resolves.toBe(
        'No article on this page',
      );
      await popup.screenshot('popup-not-article');
      await Promise.all([popup.close(), tab.close()]);
    });

    it(`says the browser does not let extensions read ${BROWSER_PAGE[name]}`, async () => {
      const tab = await d.openPage(BROWSER_PAGE[name]);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="forbidden"]');
      await expect(popup.text('[data-state="forbidden"] h1')).resolves.toBe(
        'The browser does not let extensions read this page',
      );
      await popup.screenshot('popup-forbidden');
      await Promise.all([popup.close(), tab.close()]);
    });

    it('offers a retry when reading fails, and the retry reads again', async () => {
      const popup = await d.openPopup(987654321);
      await popup.waitFor('[data-state="error"]');
      await popup.waitFor('[data-state="error"] button', { text: 'Try again' });
      // The retry really reads again: the state goes away and comes back.
      await popup.evaluate(() => {
        const root = document.querySelector('[data-state="error"]')?.parentElement;
        (window as unknown as { e2eStates: string[] }).e2eStates = [];
        if (root)
          new MutationObserver(() =>
            (window as unknown as { e2eStates: string[] }).e2eStates.push(
              document.querySelector('[data-state]')?.getAttribute('data-state') ?? 'none',
            ),
          ).observe(root, { childList: true, subtree: true });
      });
      await popup.click('[data-state="error"] button', 'Try again');
      await popup.waitFor('[data-state="error"]');
      await expect
        .poll(() =>
          popup.evaluate(() => (window as unknown as { e2eStates: string[] }).e2eStates.length),
        )
        .toBeGreaterThan(0);
      await popup.screenshot('popup-error');
      await popup.close();
    });

    it('shows a spinner while reading', async () => {
      // The page's server holds the end of the page back, so the page is still loading and the
      // read script waits for it: the first paint of the popup is observable.
      const tab = await d.openPage(`${d.server.url}/slow/seed-page.html`, { loaded: false });
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[role="status"]', { text: /Reading the page/ });
      await popup.waitFor('[data-state="article"]');
      await Promise.all([popup.close(), tab.close()]);
    });
  });
});
