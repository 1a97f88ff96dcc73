// The images kept beside saved articles (issue 16), in the library database's `images` store:
// one entry per article id and image address. LibraryStore writes them in its transactions
// (delete, undo, import); these are the reads and the writes of their own.
import type { ParsedImport } from '../core/collection/library-json';
import type { StoredImage } from '../core/schema/images';
import type { LibraryDb } from './library-db';

/** The images kept with an article. */
export function imagesOf(db: LibraryDb, id: string): Promise<StoredImage[]> {
  return db.images.where('id').equals(id).toArray();
}

/** The images of these articles (every article's when none are named), for the exports. */
export async function exportImages(db: LibraryDb, ids?: readonly string[]): Promise<StoredImage[]> {
  const all = ids
    ? await db.images
        .where('id')
        .anyOf([...ids])
        .toArray()
    : await db.images.toArray();
  return all.sort((a, b) => a.id.localeCompare(b.id) || a.url.localeCompare(b.url));
}

/**
 * Keeps these images with an article, in place of the ones it had (the article as saved now
 * shows `urls`; images of addresses it no longer shows go), in one transaction. Nothing is
 * written, and false returned, when the article is gone (deleted while its images were fetched).
 */
export function keepImages(
  db: LibraryDb,
  id: string,
  images: readonly StoredImage[],
  urls: readonly string[],
): Promise<boolean> {
  return db.transaction('rw', db.articles, db.images, async () => {
    if (!(await db.articles.get(id))) return false;
    const shown = new Set(urls);
    const old = await imagesOf(db, id);
    const gone = old
      .filter((image) => !shown.has(image.url))
      .map((image) => [id, image.url] as [string, string]);
    await db.images.bulkDelete(gone);
    await db.images.bulkPut(images.filter((image) => image.id === id && shown.has(image.url)));
    return true;
  });
}

/**
 * The images of an import (a library zip), under the ids their articles have now: an article
 * of the file may have merged into one saved before, under that one's id. Runs inside the
 * import's transaction, after its records are written.
 */
export async function writeImportedImages(
  db: LibraryDb,
  parsed: Extract<ParsedImport, { ok: true }>,
): Promise<number> {
  if (!parsed.images?.length) return 0;
  const keyOf = new Map(parsed.records.map(({ record }) => [record.id, record.key]));
  const idOf = new Map<string, string | undefined>();
  const images: StoredImage[] = [];
  for (const image of parsed.images) {
    const key = keyOf.get(image.article);
    if (key === undefined) continue;
    if (!idOf.has(key)) idOf.set(key, (await db.articles.where('key').equals(key).first())?.id);
    const id = idOf.get(key);
    if (id) images.push({ id, url: image.url, type: image.type, bytes: image.bytes });
  }
  await db.images.bulkPut(images);
  return images.length;
}
