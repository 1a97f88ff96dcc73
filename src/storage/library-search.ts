// The library page's search index: loaded from the snapshot the last visit left, brought up to
// date with the records saved, changed or deleted since (one record at a time), and written
// back when it changed. Building from nothing happens only the first time.
import { LibrarySearch } from '../core/collection/search-index';
import type { LibraryRow } from '../core/collection/library-row';
import type { LibraryStore } from './library-store';

export interface OpenedSearch {
  search: LibrarySearch;
  /** id -> updatedAt of what the index holds. */
  docs: Map<string, number>;
  /** Records added, replaced or removed while bringing the snapshot up to date. */
  changed: number;
}

export async function openSearch(
  store: LibraryStore,
  rows: readonly LibraryRow[],
): Promise<OpenedSearch> {
  const snapshot = await store.readSearchSnapshot();
  let search: LibrarySearch | undefined;
  let docs = new Map<string, number>();
  if (snapshot) {
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
  await syncSearch(store, opened, rows);
  return opened;
}

/** Brings the index in line with the rows: adds new and changed records, drops deleted ones. */
export async function syncSearch(
  store: LibraryStore,
  opened: OpenedSearch,
  rows: readonly LibraryRow[],
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
  await store.eachRecord((record) => {
    opened.search.put(record);
    opened.docs.set(record.id, record.updatedAt);
    changed++;
  }, stale);
  opened.changed += changed;
  return changed;
}

export async function saveSearch(store: LibraryStore, opened: OpenedSearch): Promise<boolean> {
  const ok = await store.writeSearchSnapshot({
    json: opened.search.toJSON(),
    docs: Object.fromEntries(opened.docs),
  });
  if (ok) opened.changed = 0;
  return ok;
}
