// The library page's search index: loaded from the snapshot the last visit left, brought up to
// date with the records saved, changed or deleted since (one record at a time), and written
// back when it changed. Building from nothing happens only the first time.
import { INDEX_VERSION, LibrarySearch } from '../core/collection/search-index';
import type { LibraryRow } from '../core/collection/library-row';
import type { LibraryStore } from './library-store';

export interface OpenedSearch {
  search: LibrarySearch;
  /** id -> updatedAt of what the index holds. */
  docs: Map<string, number>;
  /** Records added, replaced or removed while bringing the snapshot up to date. */
  changed: number;
}

/** Told while records are indexed: (indexed so far, all to index). */
export type IndexProgress = (done: number, total: number) => void;

/** Records read and indexed at once; progress is reported after each page. */
const PROGRESS_EVERY = 200;

export async function openSearch(
  store: LibraryStore,
  rows: readonly LibraryRow[],
  onProgress?: IndexProgress,
): Promise<OpenedSearch> {
  const snapshot = await store.readSearchSnapshot();
  let search: LibrarySearch | undefined;
  let docs = new Map<string, number>();
  if (snapshot && snapshot.version === INDEX_VERSION) {
    try {
      search = LibrarySearch.load(snapshot.json);
      docs = new Map(Object.entries(snapshot.docs));
    } catch {
      // A snapshot from another index version or a damaged one: rebuild, nothing is lost.
      search = undefined;
      docs = new Map();
    }
  }
  search ??= LibrarySearch.empty();
  const opened: OpenedSearch = { search, docs, changed: 0 };
  await syncSearch(store, opened, rows, onProgress);
  return opened;
}

/** Brings the index in line with the rows: adds new and changed records, drops deleted ones. */
export async function syncSearch(
  store: LibraryStore,
  opened: OpenedSearch,
  rows: readonly LibraryRow[],
  onProgress?: IndexProgress,
): Promise<number> {
  const live = new Set<string>();
  const stale: string[] = [];
  for (const row of rows) {
    live.add(row.id);
    if (opened.docs.get(row.id) !== row.updatedAt) stale.push(row.id);
  }
  let changed = 0;
  for (const id of [...opened.docs.keys()]) {
    if (!live.has(id)) {
      opened.search.remove(id);
      opened.docs.delete(id);
      changed++;
    }
  }
  let indexed = 0;
  if (stale.length) onProgress?.(0, stale.length);
  await store.eachPage(
    (records) => {
      opened.search.putAll(records);
      for (const record of records) opened.docs.set(record.id, record.updatedAt);
      changed += records.length;
      indexed += records.length;
      if (indexed < stale.length) onProgress?.(indexed, stale.length);
    },
    stale,
    PROGRESS_EVERY,
  );
  if (stale.length) onProgress?.(stale.length, stale.length);
  opened.changed += changed;
  return changed;
}

export async function saveSearch(store: LibraryStore, opened: OpenedSearch): Promise<boolean> {
  const ok = await store.writeSearchSnapshot({
    json: opened.search.toJSON(),
    version: INDEX_VERSION,
    docs: Object.fromEntries(opened.docs),
  });
  if (ok) opened.changed = 0;
  return ok;
}

/**
 * One tab's index, updated one change at a time. Syncs, the snapshot and vacuuming run in one
 * queue, so two imports (this tab's and, through the change channel, another tab's) never update
 * the index at once, and a change heard while the index is still opening is applied after it
 * opens instead of being dropped.
 */
export class SearchSession {
  current: OpenedSearch | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: LibraryStore) {}

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  open(rows?: readonly LibraryRow[], onProgress?: IndexProgress): Promise<OpenedSearch> {
    return this.enqueue(async () => {
      const all = rows ?? (await this.store.allRows());
      this.current = await openSearch(this.store, all, onProgress);
      await this.current.search.vacuumIfDirty();
      return this.current;
    });
  }

  /** Brings the index in line with the store (or with `rows` when the caller just read them). */
  refresh(rows?: readonly LibraryRow[], onProgress?: IndexProgress): Promise<number> {
    return this.enqueue(async () => {
      if (!this.current) return 0;
      const all = rows ?? (await this.store.allRows());
      const changed = await syncSearch(this.store, this.current, all, onProgress);
      await this.current.search.vacuumIfDirty();
      return changed;
    });
  }

  save(): Promise<boolean> {
    return this.enqueue(async () =>
      this.current?.changed ? saveSearch(this.store, this.current) : false,
    );
  }

  /** Resolves when everything queued so far is done. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }
}
