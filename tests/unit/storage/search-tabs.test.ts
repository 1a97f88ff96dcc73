// Two library tabs importing at once (issue 13, item 10): each tab's index is updated one change
// at a time (no interleaved syncs), and a change in one tab reaches the other's index.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LibraryStore, type LibraryChange } from '../../../src/storage/library-store';
import { SearchSession } from '../../../src/storage/library-search';
import { exportLibraryJson } from '../../../src/core/collection/library-json';
import { makeSavedArticle } from '../../../src/core/collection/record';
import { sampleArticle } from '../core/collection/sample-article';

function file(from: number, count: number, person: string): string {
  const records = Array.from({ length: count }, (_, i) =>
    makeSavedArticle(
      sampleArticle(
        from + i,
        { url: `https://news.example/${person}/${from + i}` },
        `${person} ${i}`,
      ),
      `x-${from + i}`,
      1000 + i,
    ),
  );
  return exportLibraryJson(records, new Date(0));
}

describe('two library tabs', () => {
  it('import at once without errors, and each finds the other tab’s articles', async () => {
    const idb = new IDBFactory();
    const listeners: ((change: LibraryChange) => void)[] = [];
    const errors: unknown[] = [];
    const tab = (i: number) => {
      let n = 0;
      const store = new LibraryStore({
        indexedDB: idb,
        IDBKeyRange,
        storage: undefined,
        newId: () => `t${i}-${++n}`,
        // The other tab hears the change (BroadcastChannel in the browser).
        notify: (change) => listeners.forEach((l, j) => j !== i && l(change)),
      });
      const session = new SearchSession(store);
      listeners[i] = () => void session.refresh().catch((e: unknown) => errors.push(e));
      return { store, session };
    };
    const a = tab(0);
    const b = tab(1);
    await Promise.all([a.session.open(), b.session.open()]);
    // Both tabs also delete and re-import, so the index vacuums while it is updated.
    const rounds = [0, 1, 2].map(async (r) => {
      const sanitize = (h: string) => h;
      const [ra, rb] = await Promise.all([
        a.store.importJson(file(r * 200, 120, 'Ganjar'), { sanitize }),
        b.store.importJson(file(r * 200 + 100, 120, 'Mulyani'), { sanitize }),
      ]);
      await Promise.all([a.session.refresh(), b.session.refresh()]);
      if (ra.ok && rb.ok) {
        const rows = await a.store.allRows();
        await a.store.remove(rows.slice(0, 60).map((row) => row.id));
      }
      await Promise.all([a.session.refresh(), b.session.refresh()]);
    });
    await Promise.all(rounds);
    await Promise.all([a.session.refresh(), b.session.refresh()]);
    await a.session.idle();
    await b.session.idle();
    expect(errors).toEqual([]);
    const rows = await a.store.allRows();
    const all = rows.map((r) => r.id).sort();
    for (const t of [a, b]) {
      expect(t.session.current!.search.size).toBe(all.length);
      const found = new Set([
        ...t.session.current!.search.search('Ganjar').map((h) => h.id),
        ...t.session.current!.search.search('Mulyani').map((h) => h.id),
      ]);
      expect([...found].sort()).toEqual(all);
    }
    a.store.close();
    b.store.close();
  });

  it('a change heard while the index is still opening is not lost', async () => {
    const idb = new IDBFactory();
    let hear: (change: LibraryChange) => void = () => {};
    const a = new LibraryStore({
      indexedDB: idb,
      IDBKeyRange,
      storage: undefined,
      notify: (change) => hear(change),
    });
    const b = new LibraryStore({
      indexedDB: idb,
      IDBKeyRange,
      storage: undefined,
      notify: () => {},
    });
    await a.importJson(file(0, 5, 'Ganjar'), { sanitize: (h) => h });
    const session = new SearchSession(b);
    const refreshes: Promise<number>[] = [];
    hear = () => refreshes.push(session.refresh());
    const opening = session.open();
    await a.importJson(file(100, 5, 'Mulyani'), { sanitize: (h) => h });
    await opening;
    await Promise.all(refreshes);
    await session.idle();
    expect(session.current!.search.search('Mulyani')).toHaveLength(5);
    expect(session.current!.search.size).toBe(10);
    a.close();
    b.close();
  });
});
