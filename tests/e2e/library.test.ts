// The library end to end: save from the popup, find the article by a person from its facts,
// read it with the page's server gone, delete and undo, export and import into a new profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachBrowser, launch, type Driver } from './harness';
import { axePage } from './axe';
import { strFromU8, unzipSync } from 'fflate';

/** The library file of an export (the JSON export is a zip with library.json inside). */
const libraryOf = (zip: Uint8Array): LibraryFile =>
  JSON.parse(strFromU8(unzipSync(zip)['library.json'] ?? new Uint8Array())) as LibraryFile;

interface LibraryFile {
  format: string;
  version: number;
  articles: Record<string, unknown>[];
}

const TITLE = 'Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak';
const ITEMS = 'ul.items[aria-label="Saved articles"] li.item';

eachBrowser((name) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch(name);
  });
  afterAll(async () => {
    await d?.close();
  });

  describe('library', () => {
    it('saves from the popup, finds the article by a person, and reads it offline', async () => {
      const tab = await d.openPage(`${d.server.url}/seed-page.html`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="article"]');
      await popup.click('button', 'Save to library');
      await popup.waitFor('*', { text: 'Saved to your library.' });
      await Promise.all([popup.close(), tab.close()]);
      // Saving the same article again (from the reader or the menu) updates it instead of adding
      // another; the popup says it is saved instead of offering to save it again.
      const again = await d.openPage(`${d.server.url}/seed-page.html`);
      const reopened = await d.openPopup(again.tabId);
      await reopened.waitFor('[data-testid="saved-state"]', { text: /Saved/ });
      await Promise.all([reopened.close(), again.close()]);

      await d.server.close();
      const library = await d.openExtensionPage('library.html');
      await expect.poll(() => library.count(ITEMS)).toBe(1);
      // A person named in the facts, typed with a slip: the search still finds the article.
      await library.fill('#library-search', 'Sufrianr');
      await library.waitFor(`${ITEMS} a`, { text: TITLE });
      await library.fill('#library-search', 'Tidak ada di sini');
      await expect.poll(() => library.count(ITEMS)).toBe(0);
      await library.fill('#library-search', 'Amirullah');
      await library.click(`${ITEMS} a`, /Pemkab Balangan/);
      await library.waitFor('h1.article-title');
      await expect(library.text('h1.article-title')).resolves.toBe(TITLE);
      await expect(library.innerText('.article-content')).resolves.toContain(
        'RSUD SSMA kini berusia 13 tahun dengan kapasitas 168 tempat tidur.',
      );
      await expect(library.count(':is(h1, h2, h3, h4)', 'Key facts')).resolves.toBeGreaterThan(0);
      expect(await axePage(library)).toEqual([]);
      await library.screenshot('library-article-offline');
      await library.close();
    });

    it('deletes with undo', async () => {
      const library = await d.openExtensionPage('library.html');
      await library.waitFor(ITEMS);
      expect(await axePage(library)).toEqual([]);
      await library.screenshot('library-list');
      await library.click(`${ITEMS} button`, 'Delete');
      await library.waitFor('[role="status"]', { text: /Undo/ });
      await expect.poll(() => library.count(ITEMS)).toBe(0);
      await library.click('[role="status"] button', 'Undo');
      await expect.poll(() => library.count(ITEMS)).toBe(1);
      await library.reload();
      await expect.poll(() => library.count(ITEMS)).toBe(1);
      await library.close();
    });

    it('exports the library as JSON, and a fresh profile imports it unchanged', async () => {
      const library = await d.openExtensionPage('library.html');
      await library.waitFor(ITEMS);
      const exported = await d.downloadBytes(() => library.click('button', 'Export all'));
      const file = libraryOf(exported);
      expect(file.articles).toHaveLength(1);
      expect(file.articles[0]).toMatchObject({ title: TITLE });
      await library.close();

      const fresh = await launch(name);
      try {
        const page = await fresh.openExtensionPage('library.html');
        await page.waitFor('#import-file', { attached: true });
        await page.upload('#import-file', 'ringkas.zip', exported);
        await expect.poll(() => page.count(ITEMS)).toBe(1);
        const again = await fresh.downloadBytes(() => page.click('button', 'Export all'));
        const reimported = libraryOf(again);
        // Field by field: every article is exactly what was exported.
        expect(reimported.articles).toEqual(file.articles);

        // A hostile or broken file is refused with a reason and changes nothing.
        await page.upload('#import-file', 'bad.json', '{"format":"something-else"');
        await page.waitFor('[role="status"] *', { text: /not|could|cannot|invalid/i });
        await expect(page.count(ITEMS)).resolves.toBe(1);
        // An older plain JSON export still imports.
        await page.upload(
          '#import-file',
          'old.json',
          strFromU8(unzipSync(exported)['library.json']!),
        );
        await page.waitFor('[role="status"] *', { text: /Import finished: 0 added/ });
        await expect(page.count(ITEMS)).resolves.toBe(1);
      } finally {
        await fresh.close();
      }
    });
  });
});
