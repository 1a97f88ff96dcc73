// An import's write (the library page runs it in its import worker, src/library/import-job.ts):
// the checked and sanitised records merged with the library, written in batches inside one
// transaction, so either every accepted article lands or, on any failure, nothing changes. Two
// tabs importing at once each get their own transaction: IndexedDB runs them one after the
// other, and the second plans its merge over what the first wrote.
import { planImport } from '../core/collection/import-plan';
import type { ParsedImport } from '../core/collection/library-json';
import { toRow } from '../core/collection/library-row';
import type { SavedArticle } from '../core/schema/saved-article';
import type { LibraryDb } from './library-db';
import { writeImportedImages } from './library-images';
import { toFailure, type ImportReport, type ImportResult } from './store-failure';

/** Records written per batch (and per progress report). */
export const WRITE_BATCH = 250;

export interface ImportContext {
  db: LibraryDb;
  newId: () => string;
  /** Told of the ids written, after the transaction committed. */
  notify: (ids: string[]) => void;
}

/** Told as the records are written: (written so far, all to write). */
export type WriteProgress = (done: number, total: number) => void;

export async function writeImport(
  { db, newId, notify }: ImportContext,
  parsed: ParsedImport,
  onProgress: WriteProgress = () => {},
): Promise<ImportResult> {
  if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.reason };
  const report: ImportReport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: [...parsed.rejected],
  };
  const touched: string[] = [];
  try {
    await db.transaction('rw', [db.articles, db.rows, db.images], async () => {
      // The saved articles the file's keys name, read in one go instead of one at a time.
      const keys = [...new Set(parsed.records.map(({ record }) => record.key))];
      const byKey = new Map<string, SavedArticle>();
      for (const record of await db.articles.where('key').anyOf(keys).toArray())
        byKey.set(record.key, record);
      const ids = new Set(await db.articles.toCollection().primaryKeys());
      const plan = await planImport(parsed.records, {
        byKey: (key) => Promise.resolve(byKey.get(key)),
        hasId: (id) => Promise.resolve(ids.has(id)),
        newId,
      });
      report.added = plan.added;
      report.updated = plan.updated;
      report.unchanged = plan.unchanged;
      const { writes } = plan;
      onProgress(0, writes.length);
      for (let i = 0; i < writes.length; i += WRITE_BATCH) {
        const batch = writes.slice(i, i + WRITE_BATCH);
        await db.articles.bulkPut(batch);
        await db.rows.bulkPut(batch.map(toRow));
        onProgress(Math.min(writes.length, i + WRITE_BATCH), writes.length);
      }
      touched.push(...writes.map((r) => r.id));
      const images = await writeImportedImages(db, parsed);
      if (images) report.images = images;
    });
  } catch (error) {
    return toFailure(error);
  }
  if (touched.length) notify(touched);
  return { ok: true, report };
}
