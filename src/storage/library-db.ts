// The library's IndexedDB database: its name, its versions and stores, and the Dexie class over it.
import Dexie, { type Table } from 'dexie';
import type { LibraryRow } from '../core/collection/library-row';
import type { SavedArticle } from '../core/schema/saved-article';
import type { StoredImage } from '../core/schema/images';

export const DB_NAME = 'ringkas-library';

/**
 * Database versions, oldest first. A new version adds an entry with the changed stores and,
 * if records change shape, an upgrade that runs them through core/collection/migrate.ts.
 */
export const DB_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      // Full records; `key` is the normalised canonical URL, unique: one entry per article.
      articles: 'id, &key',
      // The light rows the list shows, kept in step with `articles` in the same transactions.
      rows: 'id, savedAt, publishedAt, host, *tags',
      // Small named values: the search index snapshot, whether persistence was asked.
      meta: 'name',
    },
  },
  {
    // Issue 16: the images kept with an article, one entry per article and image address. A
    // new store only: the records keep their shape, so no upgrade runs over them.
    version: 2,
    stores: {
      images: '[id+url], id',
    },
  },
];

interface MetaEntry {
  name: string;
  value: unknown;
}

export interface SearchSnapshot {
  /** MiniSearch JSON (core/collection/search-index.ts). */
  json: string;
  /** INDEX_VERSION of the index that wrote it; another one is rebuilt. */
  version?: number;
  /** id -> updatedAt of every record the snapshot holds, to bring it up to date. */
  docs: Record<string, number>;
}

export class LibraryDb extends Dexie {
  articles!: Table<SavedArticle, string>;
  rows!: Table<LibraryRow, string>;
  meta!: Table<MetaEntry, string>;
  images!: Table<StoredImage, [string, string]>;

  constructor(name: string, factory: IDBFactory, keyRange: typeof IDBKeyRange) {
    super(name, {
      indexedDB: factory,
      IDBKeyRange: keyRange,
      chromeTransactionDurability: 'strict',
    });
    for (const { version, stores } of DB_VERSIONS) this.version(version).stores(stores);
  }
}

/**
 * Every row, read in slices by id: each slice is decoded in its own small task on the page,
 * where one read of 10,000 rows would hold the page while they are decoded.
 */
export async function readAllRows(db: LibraryDb, slice = 1000): Promise<LibraryRow[]> {
  const rows: LibraryRow[] = [];
  for (;;) {
    const last = rows.at(-1)?.id;
    const from = last === undefined ? db.rows.orderBy(':id') : db.rows.where(':id').above(last);
    const next = await from.limit(slice).toArray();
    rows.push(...next);
    if (next.length < slice) return rows;
  }
}
