// The images kept beside saved articles (issue 16): a library of version 1 opens with its
// articles and gains the images store; images follow their article through delete and undo,
// are replaced on a new fetch, and a library zip brings them back under the ids the articles
// have in the library they are imported into.
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { JSDOM } from 'jsdom';
import { LibraryStore, DB_VERSIONS } from '../../../src/storage/library-store';
import { libraryZip, checkLibraryZip } from '../../../src/core/collection/library-zip';
import { makeSavedArticle } from '../../../src/core/collection/record';
import { toRow } from '../../../src/core/collection/library-row';
import { sanitizeHtml } from '../../../src/core/sanitize';
import type { StoredImage } from '../../../src/core/schema/images';
import { sampleArticle } from '../core/collection/sample-article';
import { JPEG, png } from '../core/collection/images-fixture';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const opened: LibraryStore[] = [];
let counter = 0;
function openStore(factory = new IDBFactory()): LibraryStore {
  const store = new LibraryStore({
    indexedDB: factory,
    IDBKeyRange,
    storage: undefined,
    newId: () => `id-${++counter}`,
    notify: () => {},
  });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const A = 'https://cdn.example.org/a.png';
const B = 'https://cdn.example.org/b.jpg';
const withImages = (n: number) =>
  sampleArticle(n, { html: `<p>Teks.</p><img src="${A}" alt="a"><img src="${B}" alt="b">` });
const image = (id: string, url: string, bytes: Uint8Array, type = 'image/png'): StoredImage => ({
  id,
  url,
  type,
  bytes,
});

describe('library images', () => {
  it('opens a version 1 library with its articles, and adds the images store', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('ringkas-library', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(DB_VERSIONS[0]!.stores);
    const record = makeSavedArticle(withImages(1), 'old-1', 1_000);
    await old.table('articles').put(record);
    await old.table('rows').put(toRow(record));
    old.close();

    const store = openStore(factory);
    expect(await store.get('old-1')).toEqual(record);
    expect(await store.keepImages('old-1', [image('old-1', A, png(2, 2))], [A])).toEqual({
      ok: true,
    });
    expect((await store.imagesOf('old-1')).map((i) => i.url)).toEqual([A]);
    expect(store.db.verno).toBe(2);
  });

  it('replaces the images of an article with what it shows now, and not for a deleted one', async () => {
    const store = openStore();
    const saved = await store.save(withImages(1));
    if (!saved.ok) throw new Error(saved.message);
    const id = saved.id;
    await store.keepImages(id, [image(id, A, png(2, 2)), image(id, B, JPEG, 'image/jpeg')], [A, B]);
    // The article as saved again shows only A, now a different picture.
    await store.keepImages(id, [image(id, A, png(3, 3))], [A]);
    expect(await store.imagesOf(id)).toEqual([image(id, A, png(3, 3))]);
    // An image of another article, or of an address not shown, is never written here.
    await store.keepImages(
      id,
      [image('other', A, png(1, 1)), image(id, 'https://x.example/z.png', png(1, 1))],
      [A],
    );
    expect(await store.exportImages()).toEqual([image(id, A, png(3, 3))]);

    await store.remove([id]);
    expect(await store.keepImages(id, [image(id, A, png(2, 2))], [A])).toEqual({ ok: true });
    expect(await store.exportImages()).toEqual([]);
  });

  it('deletes images with their article, and undo brings both back', async () => {
    const store = openStore();
    const saved = await store.save(withImages(1));
    if (!saved.ok) throw new Error(saved.message);
    await store.keepImages(saved.id, [image(saved.id, A, png(2, 2))], [A]);
    const removed = await store.remove([saved.id]);
    if (!removed.ok) throw new Error(removed.message);
    expect(await store.imagesOf(saved.id)).toEqual([]);
    await store.restore(removed.value);
    expect(await store.imagesOf(saved.id)).toEqual([image(saved.id, A, png(2, 2))]);
  });

  it('imports a library zip with its images, under the ids of the articles already saved', async () => {
    const source = openStore();
    const one = await source.save(withImages(1));
    const two = await source.save(withImages(2));
    if (!one.ok || !two.ok) throw new Error('not saved');
    await source.keepImages(
      one.id,
      [image(one.id, A, png(2, 2, 1)), image(one.id, B, JPEG, 'image/jpeg')],
      [A, B],
    );
    await source.keepImages(two.id, [image(two.id, A, png(2, 2, 2))], [A]);
    const zip = libraryZip(await source.exportRecords(), await source.exportImages(), new Date());

    // The second article is saved here already, under another id.
    const target = openStore();
    const here = await target.save(withImages(2));
    if (!here.ok) throw new Error(here.message);
    expect(here.id).not.toBe(two.id);
    const parsed = checkLibraryZip(zip, { newId: () => 'fresh' });
    if (!parsed.ok) throw new Error(parsed.reason);
    for (const entry of parsed.records)
      entry.record = { ...entry.record, html: sanitizeHtml(entry.record.html, win) };
    const result = await target.importParsed(parsed);
    expect(result).toMatchObject({ ok: true, report: { added: 1, images: 3 } });
    const mine = (await target.imagesOf(here.id)).map((i) => i.bytes);
    expect(mine).toEqual([png(2, 2, 2)]);
    const first = await target.findByUrl(withImages(1).article.canonicalUrl);
    expect(await target.imagesOf(first!.id)).toEqual([
      image(first!.id, A, png(2, 2, 1)),
      image(first!.id, B, JPEG, 'image/jpeg'),
    ]);
  });
});
