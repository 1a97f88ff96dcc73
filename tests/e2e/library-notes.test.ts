// Highlights, notes and the reading position in the library, end to end: highlight with the
// mouse and from the keyboard, add notes, survive a re-save, export and import into a fresh
// profile with every highlight and note exactly, the position restored; two tabs importing at
// once.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachBrowser, launch, type Driver, type Tab } from './harness';
import { axePage } from './axe';

interface LibraryFile {
  articles: { highlights?: { exact: string; note: string; color: string }[] }[];
}

const ITEMS = 'ul.items[aria-label="Saved articles"] li.item';
const MOUSE_PHRASE = 'RSUD SSMA kini berusia 13 tahun';
const KEY_PHRASE = 'Konsistensi pelayanan dan akuntabilitas';

async function saveSeed(d: Driver, expected: RegExp, button = 'Save to library'): Promise<void> {
  const tab = await d.openPage(`${d.server.url}/seed-page.html`);
  const popup = await d.openPopup(tab.tabId);
  await popup.waitFor('[data-state="article"]');
  await popup.click('button', button);
  await popup.waitFor('*', { text: expected });
  await Promise.all([popup.close(), tab.close()]);
}

/** The store writes before the page shows a change: time for a busy machine. */
const POLL = { timeout: 10_000 };

/** The records of a library zip export (library.json inside it). */
const libraryOf = (zip: Uint8Array) =>
  JSON.parse(strFromU8(unzipSync(zip)['library.json']!)) as LibraryFile;

/** The viewport rectangle of a phrase of the article body, scrolled into view. */
function phraseBox(tab: Tab, phrase: string) {
  return tab.evaluate((text) => {
    const body = document.querySelector('.article-content')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const rects = range.getClientRects();
      const r = rects[0]!;
      return { x: r.left, y: r.top + r.height / 2, right: r.right };
    }
    throw new Error(`no ${text}`);
  }, phrase);
}

/** Selects a phrase as keyboard selection would leave it (a range in the document). */
function selectPhrase(tab: Tab, phrase: string) {
  return tab.evaluate((text) => {
    const body = document.querySelector('.article-content')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      // Focus is in the text, as with caret browsing (F7), not in a field.
      (document.activeElement as HTMLElement | null)?.blur();
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.setBaseAndExtent(node, at, node, at + text.length);
      return;
    }
    throw new Error(`no ${text}`);
  }, phrase);
}

const marks = (tab: Tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('.article-content mark')].map((m) => m.textContent).join('|'),
  );

eachBrowser((name) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch(name);
  });
  afterAll(async () => {
    await d?.close();
  });

  describe('library highlights and notes', () => {
    let exported: Uint8Array | null = null;

    it('highlights with the mouse and the keyboard, adds notes, keeps them on re-save', async () => {
      await saveSeed(d, /Saved to your library/);
      const library = await d.openExtensionPage('library.html', { width: 1000, height: 600 });
      await library.waitFor(ITEMS);
      await library.click(`${ITEMS} a`, /Pemkab Balangan/);
      await library.waitFor('.article-content p');

      // Mouse: drag across the phrase, then click a colour.
      const box = await phraseBox(library, MOUSE_PHRASE);
      await library.drag({ x: box.x + 1, y: box.y }, { x: box.right - 1, y: box.y });
      await library.waitFor('button[data-color="green"]:not([disabled])');
      await library.click('button[data-color="green"]');
      await expect.poll(() => marks(library), POLL).toContain('kini berusia 13');
      await library.waitFor('.highlight-list textarea');
      await library.fill('.highlight-list li:nth-child(1) textarea', 'Umur rumah sakit');
      await library.press('Tab');

      // Keyboard: a selection, then H.
      await selectPhrase(library, KEY_PHRASE);
      await library.waitFor('button[data-color="yellow"]:not([disabled])');
      await library.press('h');
      await expect.poll(() => library.count('.highlight-list > li'), POLL).toBe(2);
      await expect.poll(() => marks(library), POLL).toContain(KEY_PHRASE);
      await library.fill('.highlight-list li:nth-child(2) textarea', 'Kunci: "konsistensi" <b>');
      await library.press('Tab');
      expect(await axePage(library)).toEqual([]);
      await library.screenshot('library-highlights');

      // Reading position: scroll, wait past the throttle, come back to the list.
      await library.evaluate(() =>
        window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.6),
      );
      await new Promise((r) => setTimeout(r, 1800));
      // Where the reader is now (the page may have moved under the scroll since: the facts card,
      // the kept images' notice), as the list must show it.
      const read = await library.evaluate(() =>
        Math.round((scrollY / (document.documentElement.scrollHeight - innerHeight)) * 100),
      );
      expect(read).toBeGreaterThan(0);
      await library.evaluate(() => {
        location.hash = '';
      });
      await library.waitFor(`${ITEMS} .progress`, { text: /% read/ });
      // What the list shows is what was stored.
      await library.reload();
      await library.waitFor(`${ITEMS} .progress`, { text: new RegExp(`\\b${read}% read`) });
      await library.close();

      // Saving the same article again keeps its highlights, still marked in the text.
      await saveSeed(d, /Already in your library: updated/, 'Update saved copy');
      const again = await d.openExtensionPage('library.html', { width: 1000, height: 600 });
      await again.waitFor(ITEMS);
      await again.click(`${ITEMS} a`, /Pemkab Balangan/);
      await again.waitFor('.article-content mark');
      await expect.poll(() => marks(again), POLL).toContain(KEY_PHRASE);
      const notes = await again.evaluate(() =>
        [...document.querySelectorAll<HTMLTextAreaElement>('.highlight-list textarea')].map(
          (t) => t.value,
        ),
      );
      expect(notes).toEqual(['Umur rumah sakit', 'Kunci: "konsistensi" <b>']);
      // It opened where the reader stopped.
      await expect.poll(() => again.evaluate(() => window.scrollY), POLL).toBeGreaterThan(100);
      await again.evaluate(() => {
        location.hash = '';
      });
      await again.waitFor(ITEMS);
      exported = await d.downloadBytes(() => again.click('button', 'Export all'));
      const file = libraryOf(exported);
      expect(file.articles[0]!.highlights!.map((h) => h.note)).toEqual(notes);
      await again.close();
    });

    it('export, then import into a fresh profile in two tabs at once, gives back every highlight and note exactly', async () => {
      if (!exported) throw new Error('the first test exported nothing');
      const fresh = await launch(name);
      try {
        const one = await fresh.openExtensionPage('library.html');
        const two = await fresh.openExtensionPage('library.html');
        await one.waitFor('#import-file', { attached: true });
        await two.waitFor('#import-file', { attached: true });
        await Promise.all([
          one.upload('#import-file', 'ringkas.zip', exported),
          two.upload('#import-file', 'ringkas.zip', exported),
        ]);
        await expect.poll(() => one.count(ITEMS), POLL).toBe(1);
        await expect.poll(() => two.count(ITEMS), POLL).toBe(1);
        await one.waitFor('[role="status"]', { text: /Import finished/ });
        await two.waitFor('[role="status"]', { text: /Import finished/ });
        expect([...one.errors, ...two.errors]).toEqual([]);
        await two.close();
        const again = await fresh.downloadBytes(() => one.click('button', 'Export all'));
        const before = libraryOf(exported);
        const after = libraryOf(again);
        expect(after.articles).toEqual(before.articles);
        expect(JSON.stringify(after.articles[0]!.highlights)).toBe(
          JSON.stringify(before.articles[0]!.highlights),
        );
        await one.click(`${ITEMS} a`, /Pemkab Balangan/);
        await one.waitFor('.article-content mark');
        await expect.poll(() => marks(one), POLL).toContain(KEY_PHRASE);
        await expect.poll(() => one.evaluate(() => window.scrollY), POLL).toBeGreaterThan(100);
      } finally {
        await fresh.close();
      }
    });
  });
});
