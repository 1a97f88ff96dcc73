// Images kept with the article (issue 16), end to end in each browser: an article saved from the
// popup keeps its images (the lead image too; one over 2 MB scaled down), its reading view
// shows every one of them with the page's server gone and starts no request at all, and the
// library zip exported from it brings back, in a fresh profile, every article and every image
// byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { eachBrowser, FIXTURES, launch, type Driver, type Tab } from './harness';
import { GIF, png } from '../unit/core/collection/images-fixture';

const PHOTO = readFileSync(join(FIXTURES, 'images/photo.png'));
const FILES: Record<string, Uint8Array> = {
  '/images/generated/lead.png': png(40, 30, 90),
  '/images/generated/shore.png': png(96, 64, 30),
  '/images/generated/shore-2x.png': png(192, 128, 31),
  // Noise does not compress: a file over the 2 MB cap, which is kept scaled down.
  '/images/generated/wide.png': png(1100, 1100, 7, true),
  '/images/generated/heron.gif': GIF,
};
const routes = Object.fromEntries(
  Object.entries(FILES).map(([path, bytes]) => [
    path,
    () => ({ type: path.endsWith('.gif') ? 'image/gif' : 'image/png', body: Buffer.from(bytes) }),
  ]),
);
const ITEMS = 'ul.items[aria-label="Saved articles"] li.item';
const TITLE = 'River clean-up brings the herons back';

interface KeptImage {
  url: string;
  type: string;
  size: number;
  /** The bytes in base64, when asked for. */
  base64: string;
}

/** The images the library keeps, read from its database in an extension page. */
function keptImages(page: Tab, withBytes = false): Promise<KeptImage[]> {
  return page.evaluate(
    (bytesToo: boolean) =>
      new Promise<KeptImage[]>((resolve, reject) => {
        const open = indexedDB.open('ringkas-library');
        open.onerror = () => reject(new Error('no library'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('images')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('images').objectStore('images').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as { url: string; type: string; bytes: Uint8Array }[]).map((i) => {
                let binary = '';
                if (bytesToo)
                  for (let at = 0; at < i.bytes.length; at += 0x8000)
                    binary += String.fromCharCode(...i.bytes.subarray(at, at + 0x8000));
                return { url: i.url, type: i.type, size: i.bytes.length, base64: btoa(binary) };
              }),
            );
          };
        };
      }),
    withBytes,
  );
}

/** The reading view's images: where each comes from and whether it is shown. */
function shownImages(page: Tab) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>('.article-content img')].map((img) => ({
      src: img.getAttribute('src') ?? '',
      srcset: img.getAttribute('srcset'),
      shown: img.complete && img.naturalWidth > 0,
    })),
  );
}

/** library.json and the images of a library zip, by article id and address. */
function readZip(zip: Uint8Array) {
  const files = unzipSync(zip);
  const library = JSON.parse(strFromU8(files['library.json']!)) as {
    articles: { id: string; title: string }[];
  };
  const list = JSON.parse(strFromU8(files['images.json']!)) as {
    images: { article: string; url: string; type: string; file: string }[];
  };
  const images = new Map(
    list.images.map((i) => [`${i.article} ${i.url}`, { type: i.type, bytes: files[i.file]! }]),
  );
  return { articles: library.articles, images };
}

eachBrowser((name) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch(name, { routes });
  });
  afterAll(async () => {
    await d?.close();
  });

  describe('images kept with the article', () => {
    let exported: Buffer;

    it('keeps every image of a saved article and shows them offline without a request', async () => {
      const tab = await d.openPage(`${d.server.url}/images-article.html`);
      const popup = await d.openPopup(tab.tabId);
      await popup.waitFor('[data-state="article"]');
      await popup.click('button', 'Save to library');
      await popup.waitFor('*', { text: 'Saved to your library.' });
      await Promise.all([popup.close(), tab.close()]);

      const watcher = await d.openExtensionPage('library.html');
      const base = d.server.url;
      const expected = [
        '/images/photo.png',
        '/images/generated/shore.png',
        '/images/generated/wide.png',
        '/images/generated/heron.gif',
        '/images/generated/lead.png',
      ].map((path) => `${base}${path}`);
      await expect
        .poll(async () => (await keptImages(watcher)).map((i) => i.url).sort(), { timeout: 30_000 })
        .toEqual([...expected].sort());
      const kept = new Map((await keptImages(watcher, true)).map((i) => [i.url, i]));
      // Kept as the server sent them...
      expect(Buffer.from(kept.get(`${base}/images/photo.png`)!.base64, 'base64')).toEqual(PHOTO);
      expect(Buffer.from(kept.get(`${base}/images/generated/shore.png`)!.base64, 'base64')).toEqual(
        Buffer.from(FILES['/images/generated/shore.png']!),
      );
      expect(kept.get(`${base}/images/generated/heron.gif`)).toMatchObject({ type: 'image/gif' });
      // ...but the one over 2 MB, scaled down to fit.
      const wide = kept.get(`${base}/images/generated/wide.png`)!;
      expect(FILES['/images/generated/wide.png']!.length).toBeGreaterThan(2 * 1024 * 1024);
      expect(wide.size).toBeLessThanOrEqual(2 * 1024 * 1024);
      expect(['image/webp', 'image/jpeg']).toContain(wide.type);
      await watcher.close();

      // Offline: the page's server is gone.
      await d.server.close();
      const library = await d.openExtensionPage('library.html');
      await library.click(`${ITEMS} a`, TITLE);
      await library.waitFor('h1.article-title', { text: TITLE });
      await expect
        .poll(async () => (await shownImages(library)).every((img) => img.shown))
        .toBe(true);
      const shown = await shownImages(library);
      expect(shown).toHaveLength(4);
      for (const img of shown) {
        expect(img.src).toMatch(/^data:image\//);
        expect(img.srcset).toBeNull();
      }
      // No notice: nothing of the article is left as a link.
      await expect(library.count('.images-notice')).resolves.toBe(0);
      // Nothing but the extension's own files was requested by the reading view.
      expect(library.requests.filter((url) => !url.startsWith(d.extensionOrigin))).toEqual([]);

      await library.click('button', 'Back to the library');
      await library.waitFor(ITEMS);
      exported = await d.downloadBytes(() => library.click('button', 'Export all'));
      // The HTML file carries the kept images inline.
      await library.select('#export-format', 'html');
      const html = await d.download(() => library.click('button', 'Export all'));
      expect(html.match(/src="data:image\//g)).toHaveLength(4);
      await library.close();
    });

    it('a fresh profile imports the library zip: every article and image, byte for byte', async () => {
      const before = readZip(exported);
      expect(before.articles.map((a) => a.title)).toEqual([TITLE]);
      expect(before.images.size).toBe(5);

      const fresh = await launch(name);
      try {
        const page = await fresh.openExtensionPage('library.html');
        await page.waitFor('#import-file', { attached: true });
        await page.upload('#import-file', 'ringkas.zip', exported);
        await page.waitFor('[role="status"] *', { text: /Import finished: 1 added/ });
        await expect.poll(() => page.count(ITEMS)).toBe(1);
        const again = readZip(await fresh.downloadBytes(() => page.click('button', 'Export all')));
        expect(again.articles).toEqual(before.articles);
        expect([...again.images.keys()].sort()).toEqual([...before.images.keys()].sort());
        for (const [key, image] of before.images) {
          expect(again.images.get(key)?.type).toBe(image.type);
          expect(Buffer.from(again.images.get(key)!.bytes).equals(Buffer.from(image.bytes))).toBe(
            true,
          );
        }
        // And the imported article shows them from the library, not from any server.
        await page.click(`${ITEMS} a`, TITLE);
        await page.waitFor('h1.article-title', { text: TITLE });
        await expect
          .poll(async () =>
            (await shownImages(page)).every((i) => i.shown && i.src.startsWith('data:image/')),
          )
          .toBe(true);

        // A damaged zip is refused with a reason and changes nothing.
        await page.click('button', 'Back to the library');
        await page.upload('#import-file', 'broken.zip', exported.subarray(0, exported.length >> 1));
        await page.waitFor('[role="status"] *', { text: /not a valid zip/ });
        await expect(page.count(ITEMS)).resolves.toBe(1);
      } finally {
        await fresh.close();
      }
    });
  });
});
