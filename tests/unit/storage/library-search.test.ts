import { describe, it, expect } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LibraryStore } from '../../../src/storage/library-store';
import { openSearch, saveSearch } from '../../../src/storage/library-search';
import { sampleArticle } from '../core/collection/sample-article';

describe('library search index', () => {
  it('is built once, saved, then brought up to date with saves, edits and deletes since', async () => {
    let n = 0;
    let clock = 1000;
    const store = new LibraryStore({
      indexedDB: new IDBFactory(),
      IDBKeyRange,
      storage: undefined,
      notify: () => {},
      newId: () => `id-${++n}`,
      now: () => (clock += 1000),
    });
    await store.save(sampleArticle(1, {}, 'Ganjar Pranowo'));
    await store.save(sampleArticle(2, {}, 'Joko Widodo'));
    const first = await openSearch(store, await store.allRows());
    expect(first.changed).toBe(2);
    expect(await saveSearch(store, first)).toBe(true);

    await store.save(sampleArticle(3, {}, 'Sri Mulyani'));
    await store.remove(['id-1']);
    await store.save(sampleArticle(2, { title: 'Harga cabai turun' }, 'Joko Widodo'));

    const again = await openSearch(store, await store.allRows());
    expect(again.changed).toBe(3);
    const ids = (q: string) => again.search.search(q).map((h) => h.id);
    expect(ids('Mulyani')).toEqual(['id-3']);
    expect(ids('Pranowo')).toEqual([]);
    expect(ids('cabai')).toEqual(['id-2']);
    expect(again.search.size).toBe(2);
    store.close();
  });
});
