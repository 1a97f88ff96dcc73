// The library on the device: saved articles in IndexedDB (through Dexie), in the extension's
// origin. Every write is one transaction, so a failure (a full disk, the quota, a closed window)
// leaves the library as it was before that write. Globals (indexedDB, navigator.storage,
// BroadcastChannel, the clock, ids) are defaulted parameters so tests use fake-indexeddb.
import { canonicalKey } from '../core/collection/canonical-key';
import {
  parseLibraryFile,
  type ParseOptions,
  type ParsedImport,
} from '../core/collection/library-json';
import { prepareSave, resave, type SaveInput } from '../core/collection/record';
import { normaliseTags } from '../core/collection/tags';
import { toRow, type LibraryRow } from '../core/collection/library-row';
import * as v from 'valibot';
import { HighlightsSchema, type Highlight } from '../core/schema/annotation';
import { describeIssues } from '../core/schema/describe-issues';
import { type SavedArticle } from '../core/schema/saved-article';
import type { StoredImage } from '../core/schema/images';
import { DB_NAME, LibraryDb, readAllRows, type SearchSnapshot } from './library-db';
import { askPersistence, estimate, type StorageLike } from './persistence';
import { exportImages, imagesOf, keepImages } from './library-images';
import { writeImport, type WriteProgress } from './library-import';
import { toFailure, type ImportResult, type SaveResult, type WriteResult } from './store-failure';

export type {
  ImportReport,
  ImportResult,
  SaveResult,
  StoreFailure,
  StoreFailureReason,
  WriteResult,
} from './store-failure';

export { DB_NAME, DB_VERSIONS, type SearchSnapshot } from './library-db';
export type { StorageLike } from './persistence';

export interface LibraryStoreOptions {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  storage?: StorageLike | undefined;
  now?: () => number;
  newId?: () => string;
  /** Told after every change, so other open library pages refresh. */
  notify?: (change: LibraryChange) => void;
}

export interface LibraryChange {
  type: 'saved' | 'updated' | 'removed' | 'imported';
  ids: string[];
}

export const CHANGE_CHANNEL = 'ringkas-library';

function defaultNotify(): (change: LibraryChange) => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANGE_CHANNEL);
  return (change) => channel.postMessage(change);
}

export class LibraryStore {
  readonly db: LibraryDb;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly storage: StorageLike | undefined;
  private readonly notify: (change: LibraryChange) => void;
  /** The images of records remove() handed back, for restore(). */
  private readonly removedImages = new WeakMap<SavedArticle, StoredImage[]>();

  constructor(options: LibraryStoreOptions = {}) {
    const factory = options.indexedDB ?? globalThis.indexedDB;
    const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
    this.db = new LibraryDb(options.name ?? DB_NAME, factory, keyRange);
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.storage = 'storage' in options ? options.storage : globalThis.navigator?.storage;
    this.notify = options.notify ?? defaultNotify();
  }

  close(): void {
    this.db.close();
  }

  /** Saves an article, or updates the entry with the same canonical URL. */
  async save(input: SaveInput): Promise<SaveResult> {
    const now = this.now();
    // The limits import checks: whatever is saved can be exported and imported back.
    const prepared = prepareSave(input, this.newId(), now);
    if (!prepared.ok) return { ok: false, reason: 'invalid', message: prepared.message };
    const fresh = prepared.record;
    if (!fresh.key) return toFailure(null, 'invalid');
    try {
      const result = await this.db.transaction('rw', this.db.articles, this.db.rows, async () => {
        const existing = await this.db.articles.where('key').equals(fresh.key).first();
        const record = existing ? resave(existing, fresh, now) : fresh;
        await this.db.articles.put(record);
        await this.db.rows.put(toRow(record));
        return { id: record.id, status: existing ? ('updated' as const) : ('added' as const) };
      });
      this.notify({ type: 'saved', ids: [result.id] });
      void this.askPersistence();
      return { ok: true, ...result };
    } catch (error) {
      return toFailure(error);
    }
  }

  /** Whether the canonical URL is saved already (for the popup's "Saved" state). */
  async findByUrl(canonicalUrl: string, url = ''): Promise<LibraryRow | undefined> {
    const key = canonicalKey(canonicalUrl, url);
    const record = await this.db.articles.where('key').equals(key).first();
    return record ? toRow(record) : undefined;
  }

  get(id: string): Promise<SavedArticle | undefined> {
    return this.db.articles.get(id);
  }

  async getMany(ids: readonly string[]): Promise<SavedArticle[]> {
    const found = await this.db.articles.bulkGet([...ids]);
    return found.filter((r): r is SavedArticle => r !== undefined);
  }

  count(): Promise<number> {
    return this.db.rows.count();
  }

  /** The newest rows, straight from the index: what the page shows before it has all rows. */
  firstRows(limit: number): Promise<LibraryRow[]> {
    return this.db.rows.orderBy('savedAt').reverse().limit(limit).toArray();
  }

  /** Every row, in slices (readAllRows, library-db.ts). */
  allRows(): Promise<LibraryRow[]> {
    return readAllRows(this.db);
  }

  /** Every record (or the ones named), oldest save first: the input of every export. */
  async exportRecords(ids?: readonly string[]): Promise<SavedArticle[]> {
    const records = ids ? await this.getMany(ids) : await this.db.articles.toArray();
    return records.sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id));
  }

  /** The records with these ids, a page at a time (the index's first build adds each at once). */
  async eachPage(
    visit: (records: SavedArticle[]) => void,
    ids: readonly string[],
    pageSize = 200,
  ): Promise<void> {
    for (let i = 0; i < ids.length; i += pageSize)
      visit(await this.getMany(ids.slice(i, i + pageSize)));
  }

  /** Streams records in pages (for building the search index without holding all html). */
  async eachRecord(visit: (record: SavedArticle) => void, ids?: readonly string[]): Promise<void> {
    if (ids) {
      const pageSize = 200;
      for (let i = 0; i < ids.length; i += pageSize) {
        for (const record of await this.getMany(ids.slice(i, i + pageSize))) visit(record);
      }
      return;
    }
    await this.db.articles.each(visit);
  }

  async setRead(ids: readonly string[], read: boolean): Promise<WriteResult> {
    return this.update(ids, (record) => ({ ...record, read }));
  }

  async setTags(id: string, tags: readonly string[]): Promise<WriteResult> {
    return this.update([id], (record) => ({ ...record, tags: normaliseTags(tags) }));
  }

  async addTag(ids: readonly string[], tag: string): Promise<WriteResult> {
    return this.update(ids, (record) => ({
      ...record,
      tags: normaliseTags([...record.tags, tag]),
    }));
  }

  /**
   * Changes an article's highlights from the ones stored, inside the write's transaction (edits
   * made one after another never undo each other); a bad highlight is refused, nothing written.
   */
  async editHighlights(id: string, edit: (now: Highlight[]) => Highlight[]): Promise<WriteResult> {
    let invalid: string | null = null;
    const result = await this.update([id], (record) => {
      const checked = v.safeParse(HighlightsSchema, edit([...(record.highlights ?? [])]));
      if (checked.success) return { ...record, highlights: checked.output };
      invalid = describeIssues(checked.issues);
      throw new Error(invalid);
    });
    return invalid !== null ? { ok: false, reason: 'invalid', message: invalid } : result;
  }

  /**
   * Where the reader stopped. Not a change of content: updatedAt stays (the search index and
   * import merges follow content), and no other page is told.
   */
  async setPosition(id: string, fraction: number): Promise<WriteResult> {
    const position = { fraction: Math.min(1, Math.max(0, fraction)), at: this.now() };
    if (!Number.isFinite(position.fraction)) return toFailure(null, 'invalid');
    return this.update([id], (record) => ({ ...record, position }), { keepTime: true });
  }

  private async update(
    ids: readonly string[],
    change: (record: SavedArticle) => SavedArticle,
    options: { keepTime?: boolean } = {},
  ): Promise<WriteResult> {
    const now = this.now();
    try {
      await this.db.transaction('rw', this.db.articles, this.db.rows, async () => {
        const records = await this.getMany(ids);
        const next = records.map((record) => ({
          ...change(record),
          updatedAt: options.keepTime ? record.updatedAt : Math.max(now, record.updatedAt),
        }));
        await this.db.articles.bulkPut(next);
        await this.db.rows.bulkPut(next.map(toRow));
      });
      if (!options.keepTime) this.notify({ type: 'updated', ids: [...ids] });
      return { ok: true };
    } catch (error) {
      return toFailure(error);
    }
  }

  /** Deletes and hands back what was deleted, so the page can offer to undo. */
  async remove(ids: readonly string[]): Promise<WriteResult<SavedArticle[]>> {
    try {
      const tables = [this.db.articles, this.db.rows, this.db.images];
      const removed = await this.db.transaction('rw', tables, async () => {
        const records = await this.getMany(ids);
        const images = await this.db.images
          .where('id')
          .anyOf([...ids])
          .toArray();
        await this.db.articles.bulkDelete([...ids]);
        await this.db.rows.bulkDelete([...ids]);
        await this.db.images
          .where('id')
          .anyOf([...ids])
          .delete();
        // Kept for an undo, with the records handed back.
        for (const record of records)
          this.removedImages.set(
            record,
            images.filter((image) => image.id === record.id),
          );
        return records;
      });
      this.notify({ type: 'removed', ids: [...ids] });
      return { ok: true, value: removed };
    } catch (error) {
      return toFailure(error);
    }
  }

  /** Undo of remove(): puts the records back unless the same article was saved again since. */
  async restore(records: readonly SavedArticle[]): Promise<WriteResult> {
    try {
      await this.db.transaction(
        'rw',
        [this.db.articles, this.db.rows, this.db.images],
        async () => {
          for (const record of records) {
            const existing = await this.db.articles.where('key').equals(record.key).first();
            if (existing && existing.id !== record.id) continue;
            await this.db.articles.put(record);
            await this.db.rows.put(toRow(record));
            const images = this.removedImages.get(record);
            if (images?.length && !existing) await this.db.images.bulkPut(images);
          }
        },
      );
      this.notify({ type: 'saved', ids: records.map((r) => r.id) });
      return { ok: true };
    } catch (error) {
      return toFailure(error);
    }
  }

  /**
   * Imports a Ringkas library file: checked first, then written in one transaction, so either
   * every accepted article lands or, on any failure, nothing changes.
   */
  async importJson(
    text: string,
    options: Pick<ParseOptions, 'sanitize' | 'limits'>,
  ): Promise<ImportResult> {
    return this.importParsed(parseLibraryFile(text, { ...options, newId: this.newId }));
  }

  /**
   * Writes a checked (and sanitised) import, all or nothing: what importJson does after parsing,
   * for a file checked elsewhere (the library page checks it in a worker). library-import.ts.
   */
  importParsed(parsed: ParsedImport, onProgress?: WriteProgress): Promise<ImportResult> {
    const notify = (ids: string[]) => this.notify({ type: 'imported', ids });
    return writeImport({ db: this.db, newId: this.newId, notify }, parsed, onProgress);
  }

  imagesOf(id: string): Promise<StoredImage[]> {
    return imagesOf(this.db, id);
  }

  exportImages(ids?: readonly string[]): Promise<StoredImage[]> {
    return exportImages(this.db, ids);
  }

  /** Keeps these images with an article in place of its old ones (library-images.ts). */
  async keepImages(
    id: string,
    images: readonly StoredImage[],
    urls: readonly string[],
  ): Promise<WriteResult> {
    try {
      if (await keepImages(this.db, id, images, urls)) this.notify({ type: 'updated', ids: [id] });
      return { ok: true };
    } catch (error) {
      return toFailure(error);
    }
  }

  async readSearchSnapshot(): Promise<SearchSnapshot | undefined> {
    const entry = await this.db.meta.get('search-index');
    const value = entry?.value as Partial<SearchSnapshot> | undefined;
    if (!value || typeof value.json !== 'string' || !value.docs || typeof value.docs !== 'object')
      return undefined;
    return value as SearchSnapshot;
  }

  /** A snapshot is a cache: failing to write it (the quota) loses nothing. */
  async writeSearchSnapshot(snapshot: SearchSnapshot): Promise<boolean> {
    try {
      await this.db.meta.put({ name: 'search-index', value: snapshot });
      return true;
    } catch {
      return false;
    }
  }

  /** Asks the browser once to keep the library when space runs low (persistence.ts). */
  askPersistence(): Promise<boolean | undefined> {
    return askPersistence(this.db, this.storage);
  }

  async estimate(): Promise<{ usage?: number; quota?: number } | undefined> {
    return estimate(this.storage);
  }
}
