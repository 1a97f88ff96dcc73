// Highlights in the in-page reader, end to end (issue 16): highlight with the mouse and from the
// keyboard inside the reader's closed shadow root, write a note; the first highlight saves the
// article (once, and says so); the library shows the highlights and the note; the reader opened
// again on the page shows them where they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachBrowser, launch, type Driver, type Tab } from './harness';
import { clickInReader, waitForReader, type ShadowHandle } from './shadow';
import { axeReader } from './axe';

const ITEMS = 'ul.items[aria-label="Saved articles"] li.item';
const MOUSE_PHRASE = 'RSUD SSMA kini berusia 13 tahun';
const KEY_PHRASE = 'Konsistensi pelayanan dan akuntabilitas';
const NOTE = 'Umur';
const POLL = { timeout: 10_000 };

/** Finds a phrase in the reader's article body; `this` is the reader's shadow root. */
const FIND = `function find(root, text) {
  const body = root.querySelector('.article-content');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at >= 0) return { node, at };
  }
  throw new Error('no ' + text);
}`;

/** The viewport rectangle of a phrase of the reader's article, scrolled into view. */
const phraseBox = (shadow: ShadowHandle, phrase: string) =>
  shadow.call<{ x: number; y: number; right: number }>(
    `function (text) {
      ${FIND}
      const { node, at } = find(this, text);
      node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getClientRects()[0];
      return { x: r.left, y: r.top + r.height / 2, right: r.right };
    }`,
    phrase,
  );

/** Selects a phrase as keyboard selection (caret browsing) leaves it, the focus in the text. */
const selectPhrase = (shadow: ShadowHandle, phrase: string) =>
  shadow.call<void>(
    `function (text) {
      ${FIND}
      const { node, at } = find(this, text);
      this.querySelector('.reader-column').focus();
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.setBaseAndExtent(node, at, node, at + text.length);
    }`,
    phrase,
  );

const readerMarks = (shadow: ShadowHandle) =>
  shadow.call<string>(
    `function () { return [...this.querySelectorAll('.article-content mark.ringkas-highlight')].map((m) => m.textContent).join('|'); }`,
  );

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

  async function openReader(): Promise<{ tab: Tab; shadow: ShadowHandle }> {
    const tab = await d.openPage(seedUrl);
    await tab.front();
    await d.runCommand('toggle-reader');
    const shadow = await waitForReader(d, tab);
    if (!shadow) throw new Error('no reader');
    await shadow.call('function () { return this.querySelector(".article-content p"); }');
    return { tab, shadow };
  }

  describe('highlights in the in-page reader', () => {
    it('highlights by mouse and keyboard, saves the article once, with a note', async () => {
      const { tab, shadow } = await openReader();
      await expect
        .poll(
          () =>
            shadow.call<string>(
              'function () { return this.querySelector("[aria-controls=reader-notes]")?.textContent ?? ""; }',
            ),
          POLL,
        )
        .toBe('Highlights');

      // Mouse: drag across the phrase; the colours show in the toolbar; green.
      const box = await phraseBox(shadow, MOUSE_PHRASE);
      await tab.drag({ x: box.x + 1, y: box.y }, { x: box.right - 1, y: box.y });
      await expect
        .poll(
          () =>
            shadow.call<number>(
              'function () { return this.querySelectorAll(".reader-bar button[data-color]").length; }',
            ),
          POLL,
        )
        .toBe(4);
      await clickInReader(tab, shadow, '.reader-bar button[data-color="green"]');
      await expect.poll(() => readerMarks(shadow), POLL).toContain('kini berusia 13');
      // Not saved yet: the highlight saved it, and the reader says so.
      await expect
        .poll(
          () =>
            shadow.call<string | null>(
              'function () { return this.querySelector(".toast")?.dataset.text ?? null; }',
            ),
          POLL,
        )
        .toBe('Saved to your library, with your highlight.');
      // The list opened, the new highlight's note field focused: a note, by keyboard.
      await expect
        .poll(
          () =>
            shadow.call<string>(
              'function () { return this.activeElement?.dataset.note ? "note" : ""; }',
            ),
          POLL,
        )
        .toBe('note');
      for (const key of NOTE) await tab.press(key);
      await tab.press('Tab');

      // Keyboard: a selection in the text, then H.
      await selectPhrase(shadow, KEY_PHRASE);
      await tab.press('h');
      await expect.poll(() => readerMarks(shadow), POLL).toContain(KEY_PHRASE);
      await expect
        .poll(
          () =>
            shadow.call<number>(
              'function () { return this.querySelectorAll(".highlight-list > li").length; }',
            ),
          POLL,
        )
        .toBe(2);
      expect(await axeReader(tab, shadow)).toEqual([]);
      await tab.close();
    });

    it('are in the library, once, with the note', async () => {
      const library = await d.openExtensionPage('library.html', { width: 1000, height: 600 });
      await library.waitFor(ITEMS);
      expect(await library.count(ITEMS)).toBe(1);
      await library.click(`${ITEMS} a`, /Pemkab Balangan/);
      await library.waitFor('.article-content p');
      const marks = () =>
        library.evaluate(() =>
          [...document.querySelectorAll('.article-content mark')]
            .map((m) => m.textContent)
            .join('|'),
        );
      await expect.poll(marks, POLL).toContain('kini berusia 13');
      await expect.poll(marks, POLL).toContain(KEY_PHRASE);
      await expect
        .poll(
          () =>
            library.evaluate(() =>
              [...document.querySelectorAll<HTMLTextAreaElement>('.highlight-list textarea')].map(
                (t) => t.value,
              ),
            ),
          POLL,
        )
        .toEqual([NOTE, '']);
      await library.close();
    });

    it('show again when the reader opens on the saved article', async () => {
      const { tab, shadow } = await openReader();
      await expect.poll(() => readerMarks(shadow), POLL).toContain('kini berusia 13');
      expect(await readerMarks(shadow)).toContain(KEY_PHRASE);
      expect(
        await shadow.call<string>(
          'function () { return this.querySelector("[aria-controls=reader-notes]").textContent; }',
        ),
      ).toBe('Highlights (2)');
      // Removing one there removes it from the library too.
      await clickInReader(tab, shadow, '[aria-controls=reader-notes]');
      await clickInReader(tab, shadow, '.highlight-list > li:nth-child(2) button.danger');
      await expect.poll(() => readerMarks(shadow), POLL).not.toContain(KEY_PHRASE);
      await tab.close();
      const library = await d.openExtensionPage('library.html', { width: 1000, height: 600 });
      await library.waitFor(ITEMS);
      await library.click(`${ITEMS} a`, /Pemkab Balangan/);
      await library.waitFor('.article-content p');
      await expect.poll(() => library.count('.highlight-list > li'), POLL).toBe(1);
      await library.close();
    });
  });
});
