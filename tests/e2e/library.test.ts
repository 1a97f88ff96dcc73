// The library end to end: save from the popup, find the article by a person from its facts,
// read it with the page's server gone, delete and undo, export and import into a new profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launch, type Harness } from './harness';
import { axePage } from './axe';

let harness: Harness;
let exported = '';
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

interface LibraryFile {
  format: string;
  version: number;
  articles: Record<string, unknown>[];
}

describe('library', () => {
  it('saves from the popup, finds the article by a person, and reads it offline', async () => {
    const { page, tabId } = await harness.openTab(`${harness.server.url}/seed-page.html`);
    const popup = await harness.openPopup(tabId);
    await popup.locator('[data-state="article"]').waitFor();
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.getByText('Saved to your library.').waitFor();
    // Saving the same article again updates it instead of adding another.
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.getByText('Already in your library: updated.').waitFor();
    await Promise.all([popup.close(), page.close()]);

    await harness.server.close();
    const library = await harness.context.newPage();
    await library.goto(harness.extensionUrl('library.html'));
    const list = library.getByRole('list', { name: 'Saved articles' });
    await expect.poll(() => list.locator('li.item').count()).toBe(1);
    // A person named in the facts, typed with a slip: the search still finds the article.
    await library.getByLabel('Search your library').fill('Sufrianr');
    await list
      .getByRole('link', {
        name: 'Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak',
      })
      .waitFor();
    await library.getByLabel('Search your library').fill('Tidak ada di sini');
    await expect.poll(() => list.locator('li.item').count()).toBe(0);
    await library.getByLabel('Search your library').fill('Amirullah');
    await list.getByRole('link', { name: /Pemkab Balangan/ }).click();
    await library.locator('h1.article-title').waitFor();
    await expect(library.locator('h1.article-title').textContent()).resolves.toBe(
      'Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak',
    );
    await expect(library.locator('.article-content').innerText()).resolves.toContain(
      'RSUD SSMA kini berusia 13 tahun dengan kapasitas 168 tempat tidur.',
    );
    await expect(
      library.getByRole('heading', { name: 'Key facts' }).count(),
    ).resolves.toBeGreaterThan(0);
    expect(await axePage(library)).toEqual([]);
    await harness.screenshot(library, 'library-article-offline');
    await library.close();
  });

  it('deletes with undo', async () => {
    const library = await harness.context.newPage();
    await library.goto(harness.extensionUrl('library.html'));
    const list = library.getByRole('list', { name: 'Saved articles' });
    await list.locator('li.item').first().waitFor();
    expect(await axePage(library)).toEqual([]);
    await harness.screenshot(library, 'library-list');
    await list.locator('li.item').getByRole('button', { name: 'Delete' }).click();
    const status = library.getByRole('status').filter({ hasText: 'Undo' });
    await status.waitFor();
    await expect.poll(() => list.locator('li.item').count()).toBe(0);
    await status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.locator('li.item').count()).toBe(1);
    await library.reload();
    await expect
      .poll(() => library.getByRole('list', { name: 'Saved articles' }).locator('li.item').count())
      .toBe(1);
    await library.close();
  });

  it('exports the library as JSON, and a fresh profile imports it unchanged', async () => {
    const library = await harness.context.newPage();
    await library.goto(harness.extensionUrl('library.html'));
    await library
      .getByRole('list', { name: 'Saved articles' })
      .locator('li.item')
      .first()
      .waitFor();
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export all' }).click(),
    ]);
    const path = await download.path();
    exported = readFileSync(path, 'utf8');
    const file = JSON.parse(exported) as LibraryFile;
    expect(file.articles).toHaveLength(1);
    expect(file.articles[0]).toMatchObject({
      title: 'Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak',
    });
    await library.close();

    const fresh = await launch();
    try {
      const page = await fresh.context.newPage();
      await page.goto(fresh.extensionUrl('library.html'));
      await page.locator('#import-file').setInputFiles({
        name: 'ringkas.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      const list = page.getByRole('list', { name: 'Saved articles' });
      await expect.poll(() => list.locator('li.item').count()).toBe(1);
      const [again] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export all' }).click(),
      ]);
      const reimported = JSON.parse(readFileSync(await again.path(), 'utf8')) as LibraryFile;
      // Field by field: every article is exactly what was exported.
      expect(reimported.articles).toEqual(file.articles);

      // A hostile or broken file is refused with a reason and changes nothing.
      await page.locator('#import-file').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"something-else"'),
      });
      await page
        .getByRole('status')
        .getByText(/not|could|cannot|invalid/i)
        .first()
        .waitFor();
      await expect(list.locator('li.item').count()).resolves.toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
