// The article starts on the first screen (issue 15, item 2): in the popup at its size (460 x 600)
// and in the in-page reader at 1280 x 800, the first paragraph of the article shows at least
// three lines above the fold; the facts card folds away (by mouse and by keyboard) and stays
// folded; the summary is not a copy of the sentences right below it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachBrowser, launch, until, type Driver, type Tab } from './harness';
import { clickInReader, waitForReader, type ShadowHandle } from './shadow';
import { axePage, axeReader } from './axe';

const CARD = '[data-testid="facts-card"]';
const TOGGLE = `${CARD} .facts-toggle`;

/** Where the article's first paragraph starts, and how many of its lines fit on the screen. */
interface FirstScreen {
  top: number;
  screen: number;
  linesShown: number;
}

/** Runs in the page or on the reader's root (`this`): the article's first paragraph's place. */
const MEASURE = `function () {
  const root = this && this.querySelector ? this : document;
  const first = [...root.querySelectorAll('.article-content p')].find(
    (p) => p.textContent.trim().length > 40,
  );
  if (!first) return null;
  const top = first.getBoundingClientRect().top;
  const line = parseFloat(getComputedStyle(first).lineHeight) || 24;
  return { top, screen: innerHeight, linesShown: Math.floor((innerHeight - top) / line) };
}`;

eachBrowser((name) => {
  let d: Driver;
  let seedUrl: string;
  beforeAll(async () => {
    d = await launch(name);
    seedUrl = `${d.server.url}/seed-page.html`;
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
  const storedSettings = () =>
    d.ext(
      async () =>
        ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>,
    );

  const measurePopup = (popup: Tab) =>
    popup.evaluateSource<FirstScreen | null>(`(${MEASURE}).call(null)`);
  const measureReader = (shadow: ShadowHandle) => shadow.call<FirstScreen | null>(MEASURE);

  describe('first screen', () => {
    it('popup (460 x 600): the article starts on it; the card folds by mouse and keyboard and stays folded', async () => {
      await setSettings({ theme: 'light', uiLanguage: 'en', factsCollapsed: false });
      const tab = await d.openPage(seedUrl);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="article"]');
      await popup.waitFor(`${CARD} .facts-groups`);
      await popup.screenshot('first-screen-popup');
      const open = await measurePopup(popup);
      console.log(`${name} popup, first paragraph:`, open);
      expect(open).not.toBeNull();
      expect(open!.screen).toBe(600);
      expect(open!.linesShown).toBeGreaterThanOrEqual(3);

      // The summary does not repeat the article's first sentences right below it: those are
      // marked in the text instead, and the card does not copy them.
      const marked = await popup.evaluate(() =>
        [...document.querySelectorAll('.article-content mark.summary-mark[data-summary="0"]')]
          .map((mark) => mark.textContent)
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      expect(marked.length).toBeGreaterThan(40);
      const firstParagraph = (await popup.text('.article-content p')) ?? '';
      expect(firstParagraph.replace(/\s+/g, ' ')).toContain(marked);
      expect((await popup.innerText(CARD)).replace(/\s+/g, ' ')).not.toContain(marked.slice(0, 60));

      // Folded by a click, the article moves up; the choice is kept in the settings.
      await popup.click(TOGGLE);
      await popup.waitFor(`${CARD} .facts-groups`, { gone: true });
      await expect(popup.attr(TOGGLE, 'aria-expanded')).resolves.toBe('false');
      const folded = await measurePopup(popup);
      expect(folded!.top).toBeLessThan(open!.top);
      await until(async () => (await storedSettings()).factsCollapsed === true, 'folded kept');
      expect(await axePage(popup)).toEqual([]);
      await popup.reload();
      await popup.waitFor('[data-state="article"]');
      await popup.waitFor(TOGGLE);
      await expect(popup.attr(TOGGLE, 'aria-expanded')).resolves.toBe('false');

      // Unfolded by the keyboard.
      await popup.evaluate(() => (document.querySelector('.facts-toggle') as HTMLElement).focus());
      await popup.press('Enter');
      await popup.waitFor(`${CARD} .facts-groups`);
      await until(async () => (await storedSettings()).factsCollapsed === false, 'unfolded kept');
      await Promise.all([popup.close(), tab.close()]);
    });

    it('reader (1280 x 800): the article starts on it, and the card folds there too', async () => {
      await setSettings({ theme: 'light', uiLanguage: 'en', factsCollapsed: false });
      const tab = await d.openPage(seedUrl, { viewport: { width: 1280, height: 800 } });
      await tab.front();
      await d.runCommand('toggle-reader');
      const shadow = (await waitForReader(d, tab))!;
      await until(
        () =>
          shadow.call<boolean>(
            'function () { return !!this.querySelector("[data-testid=facts-card] .facts-groups"); }',
          ),
        'the facts in the reader',
      );
      await tab.screenshot('first-screen-reader');
      const open = await measureReader(shadow);
      console.log(`${name} reader, first paragraph:`, open);
      expect(open).not.toBeNull();
      expect(open!.screen).toBe(800);
      expect(open!.linesShown).toBeGreaterThanOrEqual(3);
      expect(await axeReader(tab, shadow)).toEqual([]);

      await clickInReader(tab, shadow, '.facts-toggle');
      await until(async () => (await storedSettings()).factsCollapsed === true, 'folded kept');
      const folded = await measureReader(shadow);
      expect(folded!.top).toBeLessThan(open!.top);
      await setSettings({ factsCollapsed: false });
      await tab.close();
    });
  });
});
