// The reading surface's tools end to end (issue 15): the in-page reader by keyboard, read aloud
// with the device's voices (a fake speechSynthesis in the reader's own world says what was spoken),
// print (the print rules applied, what shows) and the legible font the extension ships, in the
// in-page reader and in the library's reading view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eachBrowser, FIXTURES, launch, until, type Driver, type Tab } from './harness';
import { clickInReader, waitForReader, type ShadowHandle } from './shadow';
import { axePage, axeReader } from './axe';
import { pageWorld, readerWorld, VOICES, type FakeWorld } from './reader-world';

const SEED = readFileSync(join(FIXTURES, 'seed-page.html'), 'utf8');
/** The seed article on a page whose CSP allows no fonts, scripts or connections of its own. */
const STRICT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";

/** Source of a function run on the reader's shadow root (`this`). */
const ACTIVE = `function () {
  const el = this.activeElement;
  return el ? { tag: el.localName, cls: el.className, label: el.getAttribute('aria-label') ?? el.textContent.trim(), inColumn: !!el.closest('.reader-column') } : null;
}`;
const SCROLL_TOP =
  'function () { return Math.round(this.querySelector(".ringkas-root").scrollTop); }';
const SPEECH = `function () {
  const body = this.querySelector('.article-content');
  const current = body.querySelector('.speech-current');
  const box = current ? current.getBoundingClientRect() : null;
  return { index: body.dataset.speechIndex ?? null, text: current ? current.textContent.replace(/\\s+/g, ' ') : null,
    inView: box ? box.bottom > 0 && box.top < innerHeight : false };
}`;

/**
 * Applies the print rules on screen: every `@media print` rule of the page, of the extension
 * page or of the reader's shadow root is made `all` (and back), so the browser's own engine lays
 * out what printing would show. `this` is the reader's shadow root, or null on an extension page.
 */
const PRINT_RULES = `function (on) {
  const sheets = [...document.styleSheets, ...document.adoptedStyleSheets, ...(this instanceof ShadowRoot ? this.adoptedStyleSheets : [])];
  const from = on ? 'print' : 'all';
  const marked = globalThis.__ringkasPrintRules ?? (globalThis.__ringkasPrintRules = new Set());
  let changed = 0;
  const walk = (rules) => {
    for (const rule of rules) {
      if (rule.media && rule.media.mediaText === from && (on || marked.has(rule))) {
        rule.media.mediaText = on ? 'all' : 'print';
        if (on) marked.add(rule); else marked.delete(rule);
        changed++;
      }
      if (rule.cssRules) walk(rule.cssRules);
    }
  };
  for (const sheet of sheets) {
    try { walk(sheet.cssRules); } catch { /* a sheet of another origin */ }
  }
  return changed;
}`;
/** What shows in print (with the rules applied): selectors that render a box. */
const SHOWN = `function (selectors) {
  const scope = this instanceof ShadowRoot ? this : document;
  return Object.fromEntries(selectors.map((s) => {
    const el = scope.querySelector(s);
    return [s, !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'];
  }));
}`;

eachBrowser((name) => {
  let d: Driver;
  let seedUrl: string;
  beforeAll(async () => {
    d = await launch(name, {
      routes: {
        '/csp/seed-page.html': () => ({
          type: 'text/html; charset=utf-8',
          body: SEED,
          headers: { 'content-security-policy': STRICT_CSP },
        }),
      },
    });
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

  async function openReader(url = seedUrl): Promise<{ tab: Tab; shadow: ShadowHandle }> {
    const tab = await d.openPage(url);
    await tab.front();
    await d.runCommand('toggle-reader');
    const shadow = await waitForReader(d, tab);
    if (!shadow) throw new Error('no reader');
    await shadow.call('function () { return this.querySelector(".article-content"); }');
    return { tab, shadow };
  }

  async function speechNow(shadow: ShadowHandle) {
    return shadow.call<{ index: string | null; text: string | null; inView: boolean }>(SPEECH);
  }

  describe('the in-page reader by keyboard', () => {
    it('starts in the article, scrolls by key, keeps Tab inside, lists its keys and closes by Esc', async () => {
      await setSettings({ uiLanguage: 'en', theme: 'light', font: 'serif' });
      const { tab, shadow } = await openReader();
      await expect(shadow.call(ACTIVE)).resolves.toMatchObject({ cls: 'reader-column' });

      // Space scrolls (it used to press Close); the reader stays open.
      await tab.press(' ');
      await until(async () => (await shadow.call<number>(SCROLL_TOP)) > 100, 'Space to scroll');
      const afterSpace = await shadow.call<number>(SCROLL_TOP);
      await tab.press('ArrowDown');
      await until(async () => (await shadow.call<number>(SCROLL_TOP)) > afterSpace, 'ArrowDown');
      await tab.press('End');
      const bottom = await shadow.call<number>(
        'function () { const r = this.querySelector(".ringkas-root"); return Math.round(r.scrollHeight - r.clientHeight); }',
      );
      await until(async () => (await shadow.call<number>(SCROLL_TOP)) >= bottom - 2, 'End');
      await tab.press('Home');
      await until(async () => (await shadow.call<number>(SCROLL_TOP)) === 0, 'Home');
      await tab.press('PageDown');
      await until(async () => (await shadow.call<number>(SCROLL_TOP)) > 100, 'PageDown');
      await tab.press('PageUp');
      await until(async () => (await shadow.call<number>(SCROLL_TOP)) === 0, 'PageUp');

      // Shift+Tab from the article reaches Close; from the first control it wraps to the last
      // one of the article, and Tab from there back to the first: never the page behind.
      await tab.press('Shift+Tab');
      await expect(shadow.call(ACTIVE)).resolves.toMatchObject({ label: 'Close the reading view' });
      await shadow.call('function () { this.querySelector(".reader-bar button").focus(); }');
      await tab.press('Shift+Tab');
      await expect(shadow.call(ACTIVE)).resolves.toMatchObject({ inColumn: true });
      await tab.press('Tab');
      await expect(shadow.call(ACTIVE)).resolves.toMatchObject({ label: 'Appearance' });
      for (let i = 0; i < 12; i++) {
        await tab.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
        expect(await shadow.call(ACTIVE), `focus after key ${i}`).not.toBeNull();
      }
      await expect(
        tab.evaluate(() => document.activeElement === document.documentElement.lastElementChild),
      ).resolves.toBe(true);

      // `?` lists the keys (in the UI language); Esc closes the list, then the reader.
      await shadow.call('function () { this.querySelector(".reader-column").focus(); }');
      await tab.press('?');
      await until(
        async () =>
          (
            await shadow.call<string>(
              'function () { return this.querySelector(".key-list")?.textContent ?? ""; }',
            )
          ).includes('Close the reader'),
        'the key list',
      );
      expect(await axeReader(tab, shadow)).toEqual([]);
      // The axe check takes the reader out of the page for a moment, and the focus with it.
      await shadow.call('function () { this.querySelector(".reader-column").focus(); }');
      await setSettings({ uiLanguage: 'id' });
      await until(
        async () =>
          (
            await shadow.call<string>(
              'function () { return this.querySelector(".key-list")?.textContent ?? ""; }',
            )
          ).includes('Tutup tampilan baca'),
        'the key list in Indonesian',
      );
      await setSettings({ uiLanguage: 'en' });
      await until(
        async () =>
          (
            await shadow.call<string>(
              'function () { return this.querySelector(".key-list")?.textContent ?? ""; }',
            )
          ).includes('Close the reader'),
        'the key list in English again',
      );
      await tab.press('Escape');
      await until(
        async () => !(await shadow.call('function () { return this.querySelector(".key-list"); }')),
        'Esc to close the key list',
      );
      await expect(
        shadow.call('function () { return !!this.querySelector(".reader"); }'),
      ).resolves.toBe(true);
      await tab.press('Escape');
      await waitForReader(d, tab, false);
      await tab.close();
    });

    it('opens Appearance in view however far the article was scrolled', async () => {
      const { tab, shadow } = await openReader();
      await tab.press('End');
      await until(async () => (await shadow.call<number>(SCROLL_TOP)) > 200, 'End to scroll');
      await clickInReader(tab, shadow, 'button', 'Appearance');
      const box = await shadow.call<{ top: number; bottom: number; height: number }>(
        'function () { const r = this.querySelector("#reader-appearance").getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; }',
      );
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(box.height);
      expect(await shadow.call<number>(SCROLL_TOP)).toBeGreaterThan(200);
      await tab.close();
    });
  });

  describe('read aloud', () => {
    it('reads the article with the device Indonesian voice, sentence by sentence, highlighted', async () => {
      const { tab, shadow } = await openReader();
      const fakes = readerWorld(d, tab);
      await fakes.install();
      await clickInReader(tab, shadow, 'button', 'Listen');
      await until(async () => (await fakes.spoken()).length === 1, 'the first sentence spoken');
      let spoken = await fakes.spoken();
      // The device's own Indonesian voice, never the cloud one, for this Indonesian article.
      expect(spoken[0]).toMatchObject({ voice: 'Device Indonesian', lang: 'id-ID', rate: 1 });
      let now = await speechNow(shadow);
      expect(now.index).toBe('0');
      expect(now.text).toContain(spoken[0]!.text);

      await fakes.finish();
      await until(async () => (await fakes.spoken()).length === 2, 'the next sentence spoken');
      spoken = await fakes.spoken();
      now = await speechNow(shadow);
      expect(now.index).toBe('1');
      expect(now.text).toContain(spoken[1]!.text);
      expect(spoken[1]!.text).not.toBe(spoken[0]!.text);

      await clickInReader(tab, shadow, 'button[aria-label="Next sentence"]');
      await until(async () => (await speechNow(shadow)).index === '2', 'Next');
      spoken = await fakes.spoken();
      expect((await speechNow(shadow)).text).toContain(spoken.at(-1)!.text);
      await clickInReader(tab, shadow, 'button[aria-label="Previous sentence"]');
      await until(async () => (await speechNow(shadow)).index === '1', 'Previous');
      expect((await fakes.spoken()).at(-1)!.text).toBe(spoken[1]!.text);

      // Pause stops the voice; Play reads the sentence again.
      await clickInReader(tab, shadow, '.read-aloud button', 'Pause');
      await until(async () => !(await fakes.speaking()), 'the voice to stop');
      const count = (await fakes.spoken()).length;
      await clickInReader(tab, shadow, '.read-aloud button', 'Play');
      await until(async () => (await fakes.spoken()).length === count + 1, 'Play again');
      expect((await fakes.spoken()).at(-1)!.text).toBe(spoken[1]!.text);

      // Faster, by keyboard on the speed list: the next utterance has the new rate.
      await shadow.call('function () { this.querySelector(".read-aloud select").focus(); }');
      await tab.press('ArrowDown');
      await until(async () => (await fakes.spoken()).at(-1)!.rate === 1.25, 'the new speed');

      // The sentence read is kept in view: scrolled away, the next step brings it back.
      await shadow.call(
        'function () { const r = this.querySelector(".ringkas-root"); r.scrollTop = r.scrollHeight; }',
      );
      await fakes.finish();
      await until(async () => (await speechNow(shadow)).index === '2', 'the sentence after');
      await until(async () => (await speechNow(shadow)).inView, 'the sentence in view');
      expect(await axeReader(tab, shadow)).toEqual([]);
      await tab.screenshot('reader-read-aloud');

      // Closing the controls stops reading and clears the highlight.
      await clickInReader(tab, shadow, 'button', 'Listen');
      await until(async () => !(await fakes.speaking()), 'the voice to stop');
      await expect(speechNow(shadow)).resolves.toMatchObject({ index: null, text: null });
      await tab.close();
    });

    it('says so when the device has no voice of its own for the article language', async () => {
      const { tab, shadow } = await openReader();
      const fakes = readerWorld(d, tab);
      await fakes.install(VOICES.filter((v) => v.name !== 'Device Indonesian'));
      await clickInReader(tab, shadow, 'button', 'Listen');
      await until(
        async () =>
          (
            await shadow.call<string>(
              'function () { return this.querySelector(".read-aloud")?.textContent ?? ""; }',
            )
          ).includes('no voice for Indonesian'),
        'the message',
      );
      await expect(fakes.spoken()).resolves.toEqual([]);
      await tab.close();
    });
  });

  describe('print', () => {
    it('prints the reader alone: the article, title, byline and date, no controls', async () => {
      await setSettings({ printFacts: false });
      const { tab, shadow } = await openReader();
      const fakes = readerWorld(d, tab);
      await fakes.install();
      await clickInReader(tab, shadow, 'button', 'Print');
      await until(async () => (await fakes.printed()) === 1, 'the browser asked to print');

      // What printing shows, in the browser's own print layout where the driver has one
      // (Chromium), and with the print rules applied on screen (both browsers).
      const printed = async () => ({
        shown: await shadow.call<Record<string, boolean>>(SHOWN, [
          '.article-title',
          '.article-meta',
          '.article-content',
          '.reader-bar',
          '.facts-card',
          '.toast-region',
        ]),
        page: await shadow.call<{ body: string; position: string; flows: boolean }>(
          `function () {
            const host = this.host;
            return { body: getComputedStyle(document.body).display, position: getComputedStyle(host).position,
              flows: host.getBoundingClientRect().height > innerHeight };
          }`,
        ),
      });
      const expected = {
        shown: {
          '.article-title': true,
          '.article-meta': true,
          '.article-content': true,
          '.reader-bar': false,
          '.facts-card': false,
          '.toast-region': false,
        },
        // The page is left out and the reader runs over as many sheets as the article needs.
        page: { body: 'none', position: 'absolute', flows: true },
      };
      if (tab.emulateMedia) {
        await tab.emulateMedia('print');
        expect(await printed()).toEqual(expected);
        await tab.emulateMedia('screen');
        expect((await printed()).shown['.reader-bar']).toBe(true);
      }
      expect(await shadow.call<number>(PRINT_RULES, true)).toBeGreaterThan(0);
      expect(await printed()).toEqual(expected);
      await setSettings({ printFacts: true });
      await until(
        async () =>
          (await shadow.call<Record<string, boolean>>(SHOWN, ['.facts-card']))['.facts-card'],
        'the facts card printed when asked for',
      );
      await shadow.call(PRINT_RULES, false);
      await expect(tab.evaluate(() => getComputedStyle(document.body).display)).resolves.not.toBe(
        'none',
      );
      await setSettings({ printFacts: false });
      await tab.close();
    });
  });

  describe('the legible font', () => {
    it('loads from the extension in the reader and the popup, and a strict page CSP does not break the reader', async () => {
      await setSettings({ font: 'legible' });
      const { tab, shadow } = await openReader();
      await until(
        async () =>
          tab.evaluate(() =>
            [...document.fonts].some(
              (f) => f.family.replace(/"/g, '') === 'Ringkas Legible' && f.status === 'loaded',
            ),
          ),
        'the legible face loaded in the page',
      );
      await expect(
        shadow.call(
          'function () { return getComputedStyle(this.querySelector(".article-content")).fontFamily; }',
        ),
      ).resolves.toMatch(/^"?Ringkas Legible/);
      await tab.press('Escape');
      await waitForReader(d, tab, false);
      // Closed, the reader takes its faces away with it.
      await expect(
        tab.evaluate(() => [...document.fonts].some((f) => f.family.includes('Ringkas'))),
      ).resolves.toBe(false);

      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="article"]');
      await until(
        () =>
          popup.evaluate(() =>
            [...document.fonts].some(
              (f) => f.family.replace(/"/g, '') === 'Ringkas Legible' && f.status === 'loaded',
            ),
          ),
        'the legible face loaded in the popup',
      );
      await Promise.all([popup.close(), tab.close()]);

      const strict = await openReader(`${d.server.url}/csp/seed-page.html`);
      await expect(
        strict.shadow.call(
          'function () { return this.querySelector("h1.article-title").textContent; }',
        ),
      ).resolves.toBe('Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak');
      const status = await until(
        () =>
          strict.tab.evaluate(() => {
            const faces = [...document.fonts].filter((f) => f.family.includes('Ringkas Legible'));
            return faces.find((f) => f.status === 'loaded' || f.status === 'error')?.status;
          }),
        'the face loaded or refused',
      );
      // Whichever the browser decides for this page, the reader reads on.
      expect(['loaded', 'error']).toContain(status);
      await strict.tab.close();
      await setSettings({ font: 'serif' });
    });
  });

  describe("the library's reading view", () => {
    it('reads aloud, prints without its controls and uses the legible font', async () => {
      await setSettings({ font: 'legible', printFacts: false, uiLanguage: 'en' });
      const tab = await d.openPage(seedUrl);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="article"]');
      await popup.click('button', 'Save to library');
      await popup.waitFor('*', { text: /Saved to your library|updated/ });
      await Promise.all([popup.close(), tab.close()]);

      const library = await d.openExtensionPage('library.html');
      await library.click('ul.items li.item a', /Pemkab Balangan/);
      await library.waitFor('.article-content p');
      const fakes: FakeWorld = pageWorld(library);
      await fakes.install();
      await library.click('button', 'Listen');
      await until(async () => (await fakes.spoken()).length === 1, 'the first sentence spoken');
      const [first] = await fakes.spoken();
      expect(first).toMatchObject({ voice: 'Device Indonesian', lang: 'id-ID' });
      await expect(library.text('.article-content .speech-current')).resolves.toContain(
        first!.text,
      );
      await fakes.finish();
      await until(
        async () => (await library.attr('.article-content', 'data-speech-index')) === '1',
        'the next sentence',
      );
      expect(await axePage(library)).toEqual([]);

      // By keyboard here (the mouse path is the reader's test above): reading aloud keeps the
      // sentence in view, so the bar is above the fold while it speaks.
      await library.evaluate(() =>
        [...document.querySelectorAll<HTMLButtonElement>('.reader-bar button')]
          .find((b) => b.textContent?.trim() === 'Print')!
          .focus(),
      );
      await library.press('Enter');
      await until(async () => (await fakes.printed()) === 1, 'the browser asked to print');
      expect(
        await library.evaluate(
          new Function(`return (${PRINT_RULES}).call(null, true)`) as () => number,
        ),
      ).toBeGreaterThan(0);
      const shown = await library.evaluate(
        new Function('selectors', `return (${SHOWN}).call(null, selectors)`) as (
          s: string[],
        ) => Record<string, boolean>,
        [
          '.article-title',
          '.article-content',
          '.reader-bar',
          '.tags',
          '.read-aloud',
          '.facts-card',
        ],
      );
      expect(shown).toEqual({
        '.article-title': true,
        '.article-content': true,
        '.reader-bar': false,
        '.tags': false,
        '.read-aloud': false,
        '.facts-card': false,
      });
      await until(
        () =>
          library.evaluate(() =>
            [...document.fonts].some(
              (f) => f.family.replace(/"/g, '') === 'Ringkas Legible' && f.status === 'loaded',
            ),
          ),
        'the legible face loaded in the library',
      );
      await library.close();
      await setSettings({ font: 'serif' });
    });
  });
});
