// The smaller things a picky reader noticed (issue 15, item 6), by mouse and keyboard: the popup
// knows an article is saved and leads to it, "Open original" only when the original is another
// page, state screens lead on and speak the UI's language, Copy as Markdown is clean, the
// library keeps the line width and names its dates, its filters are one bar, and the reader's
// appearance labels stay whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eachBrowser, FIXTURES, launch, until, type Driver, type Tab } from './harness';
import { clickInReader, waitForReader } from './shadow';
import { axePage } from './axe';

const seedHtml = readFileSync(join(FIXTURES, 'seed-page.html'), 'utf8');
/** A copy of the seed page (an AMP or print version, say) whose original is the seed page. */
const routes = {
  '/amp/seed-page.html': () => ({
    body: seedHtml.replace(
      /<link rel="canonical"[^>]*>/,
      '<link rel="canonical" href="/seed-page.html">',
    ),
  }),
};
const TITLE = 'Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak';
const ITEMS = 'ul.items[aria-label="Saved articles"] li.item';

eachBrowser((name) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch(name, { routes });
    await setSettings({ theme: 'light', uiLanguage: 'en', factsCollapsed: false });
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
  /** The addresses of the extension's own tabs. */
  const ownTabs = () =>
    d.ext(async () => (await chrome.tabs.query({})).map((tab) => tab.url ?? ''));

  async function popupFor(path: string): Promise<{ tab: Tab; popup: Tab }> {
    const tab = await d.openPage(`${d.server.url}${path}`);
    const popup = await d.openPopup(tab.tabId);
    await popup.waitFor('[data-state="article"]');
    return { tab, popup };
  }

  describe('popup actions', () => {
    it('shows Saved with Open in library, also on reopening and for the same canonical page', async () => {
      let { tab, popup } = await popupFor('/seed-page.html');
      // The article is the tab itself: no "Open original" to open a duplicate of it.
      await popup.waitFor('[data-testid="facts-card"]');
      await expect(popup.count('.actions button', 'Open original')).resolves.toBe(0);
      await popup.click('.actions button', 'Save to library');
      await popup.waitFor('[data-testid="saved-state"]', { text: /Saved/ });
      await popup.waitFor('.actions button', { text: 'Open in library' });
      await expect(popup.count('.actions button', 'Save to library')).resolves.toBe(0);
      await Promise.all([popup.close(), tab.close()]);

      // Another copy of the same article: saved, by its canonical key; its original is elsewhere.
      ({ tab, popup } = await popupFor('/amp/seed-page.html'));
      await popup.waitFor('[data-testid="saved-state"]', { text: /Saved/ });
      await popup.waitFor('.actions button', { text: 'Open original' });
      expect(await axePage(popup)).toEqual([]);
      // By keyboard: the focus on "Open in library", Enter opens the library on the article.
      const closed = await popup.watchClose();
      await popup.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.actions button')]
          .find((b) => b.textContent === 'Open in library')
          ?.focus(),
      );
      await popup.press('Enter');
      await closed();
      const library = await until(
        async () => (await ownTabs()).find((url) => /library\.html#article=/.test(url)),
        'the library open on the article',
      );
      const page = await d.openExtensionPage(library.slice(library.indexOf('library.html')));
      await page.waitFor('h1.article-title', { text: TITLE });
      await Promise.all([page.close(), tab.close()]);
    });

    it('copies clean Markdown: title, source, facts, text', async () => {
      const { tab, popup } = await popupFor('/seed-page.html');
      await popup.waitFor('[data-testid="facts-card"] .facts-groups');
      await popup.evaluate(() => {
        const copied: string[] = [];
        (window as unknown as { e2eCopied: string[] }).e2eCopied = copied;
        Object.defineProperty(navigator.clipboard, 'writeText', {
          value: (text: string) => {
            copied.push(text);
            return Promise.resolve();
          },
        });
      });
      await popup.click('.actions button', 'Copy as Markdown');
      await popup.waitFor('.toast', { text: 'Copied as Markdown.' });
      const [markdown] = await popup.evaluate(
        () => (window as unknown as { e2eCopied: string[] }).e2eCopied,
      );
      expect(markdown?.startsWith(`# ${TITLE}\n\nSource: [HABARTerkini.net](<`)).toBe(true);
      expect(markdown).not.toMatch(/^---$/m);
      expect(markdown).toMatch(/\*\*Key facts\*\*\n\n- \*\*People:\*\* .*Sufrianor/);
      expect(markdown).toContain('RSUD SSMA kini berusia 13 tahun');
      await Promise.all([popup.close(), tab.close()]);
    });
  });

  describe('state screens', () => {
    it('lead to the library and the settings from a page with no article', async () => {
      const tab = await d.openPage(`${d.server.url}/not-article.html`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="not-article"]');
      await popup.waitFor('[data-state="not-article"] button', { text: 'Library' });
      expect(await axePage(popup)).toEqual([]);
      const closed = await popup.watchClose();
      await popup.click('[data-state="not-article"] button', 'Settings');
      await closed();
      await until(
        async () => (await ownTabs()).some((url) => url.includes('options.html')),
        'the settings open',
      );
      await tab.close();
    });

    it('say an error in Indonesian, the raw text behind a disclosure opened by keyboard', async () => {
      await setSettings({ uiLanguage: 'id' });
      const popup = await d.openPopup(987654321);
      await popup.waitFor('[data-state="error"]');
      const text = await popup.innerText('[data-state="error"]');
      expect(text).toContain('Tab itu sudah ditutup atau tidak ditemukan.');
      expect(text).not.toMatch(/No tab with id/);
      await popup.waitFor('[data-state="error"] button', { text: 'Pustaka' });
      await popup.waitFor('[data-state="error"] button', { text: 'Pengaturan' });
      expect(await axePage(popup)).toEqual([]);
      await popup.evaluate(() =>
        document.querySelector<HTMLElement>('[data-state="error"] details summary')?.focus(),
      );
      await popup.press('Enter');
      await popup.waitFor('[data-state="error"] details[open] p', { text: /987654321/ });
      await popup.screenshot('popup-error-indonesian');
      await setSettings({ uiLanguage: 'en' });
      await popup.close();
    });
  });

  describe('library', () => {
    it('names the publication and save dates, and its filters and sort are one bar', async () => {
      const library = await d.openExtensionPage('library.html', { width: 1280, height: 800 });
      await library.waitFor(ITEMS);
      const meta = await library.innerText(`${ITEMS} .meta`);
      expect(meta).toContain('Published Dec 1, 2025');
      expect(meta).toMatch(/Saved \w{3} \d{1,2}, \d{4}/);
      await library.screenshot('library-toolbar');
      const site = await library.box('.chip:has(#filter-site)');
      const sort = await library.box('.chip:has(#sort)');
      expect(site && sort && Math.abs(site.y - sort.y)).toBeLessThan(2);
      // Keyboard: from the search, Tab reaches the filters in order.
      await library.evaluate(() => document.getElementById('library-search')?.focus());
      await library.press('Tab');
      await expect(library.evaluate(() => document.activeElement?.id)).resolves.toBe('filter-site');
      expect(await axePage(library)).toEqual([]);
      // Plurals: one article deleted is one article.
      await library.click(`${ITEMS} button`, 'Delete');
      await library.waitFor('[role="status"]', { text: /Deleted 1 article\./ });
      await library.click('[role="status"] button', 'Undo');
      await expect.poll(() => library.count(ITEMS)).toBe(1);
      await library.close();
    });

    it('reads at the line width of the settings', async () => {
      const widths: number[] = [];
      for (const lineWidth of [60, 90]) {
        await setSettings({ lineWidth });
        const library = await d.openExtensionPage('library.html', { width: 1280, height: 800 });
        await library.waitFor(ITEMS);
        await library.click(`${ITEMS} a`, TITLE);
        await library.waitFor('.article-content p');
        widths.push((await library.box('.article-content'))!.width);
        await library.close();
      }
      await setSettings({ lineWidth: 68 });
      const [narrow = 0, wide = 0] = widths;
      expect(narrow).toBeLessThan(640);
      expect(wide / narrow).toBeGreaterThan(1.4);
      expect(wide / narrow).toBeLessThan(1.6);
    });
  });

  describe('reader appearance', () => {
    it('keeps each label with its select on one line', async () => {
      const tab = await d.openPage(`${d.server.url}/seed-page.html`, {
        viewport: { width: 900, height: 800 },
      });
      await tab.front();
      await d.runCommand('toggle-reader');
      const shadow = (await waitForReader(d, tab))!;
      await clickInReader(tab, shadow, 'button', 'Appearance');
      const labels = await shadow.call<{ text: string; lines: number }[]>(`function () {
        return [...this.querySelectorAll('.appearance-select')].map((label) => {
          const line = parseFloat(getComputedStyle(label).lineHeight) || 20;
          const text = [...label.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim());
          const range = document.createRange();
          range.selectNodeContents(text);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top / line)));
          return { text: text.textContent.trim(), lines: tops.size };
        });
      }`);
      expect(labels.map((l) => l.text)).toContain('Line width (characters)');
      for (const label of labels) expect(label).toEqual({ text: label.text, lines: 1 });
      await d.runCommand('toggle-reader');
      await tab.close();
    });
  });
});
