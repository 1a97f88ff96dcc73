import { describe, it, expect, afterEach, beforeEach } from 'vitest';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { LibraryStore, type LibraryStoreOptions } from '../../../src/storage/library-store';
import { exportLibraryJson } from '../../../src/core/collection/library-json';
import { diffRecords } from '../../../src/core/collection/record';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { sampleArticle } from '../core/collection/sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const sanitize = (html: string) => sanitizeHtml(html, win);

let clock = 1_700_000_000_000;
let counter = 0;
const opened: LibraryStore[] = [];

function openStore(factory = new IDBFactory(), extra: LibraryStoreOptions = {}): LibraryStore {
  const store = new LibraryStore({
    indexedDB: factory,
    IDBKeyRange,
    storage: undefined,
    now: () => (clock += 1000),
    newId: () => `id-${++counter}`,
    notify: () => {},
    ...extra,
  });
  opened.push(store);
  return store;
}

beforeEach(() => {
  counter = 0;
});

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** Makes put() on the named object store fail as a full disk does in a browser. */
function failPutsOn(storeName: string, after = 0): () => void {
  const proto = IDBObjectStore.prototype as unknown as {
    put: (...args: unknown[]) => unknown;
    name: string;
  };
  const original = proto.put;
  let calls = 0;
  proto.put = function (this: { name: string }, ...args: unknown[]) {
    if (this.name === storeName && calls++ >= after) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}

describe('LibraryStore', () => {
  it('saves an article with its digest and shows it in the rows', async () => {
    const store = openStore();
    const result = await store.save({ ...sampleArticle(1), tags: ['jalan', ' jalan '] });
    expect(result).toEqual({ ok: true, id: 'id-1', status: 'added' });
    const saved = await store.get('id-1');
    expect(saved?.digest.facts.people[0]?.name).toBe('Siti Rahma 1');
    expect(saved?.key).toBe('https://news.example.id/2024/berita-1');
    expect(saved?.tags).toEqual(['jalan']);
    const rows = await store.firstRows(50);
    expect(rows.map((r) => r.title)).toEqual(['Jembatan baru nomor 1 diresmikan']);
    expect(rows[0]?.topFacts[0]?.label).toBe('Siti Rahma 1');
  });

  // Issue 13, item 5.
  it('a page on another site that names a saved article as canonical does not overwrite it', async () => {
    const store = openStore();
    const original = sampleArticle(1);
    await store.save(original);
    const forged = sampleArticle(2, {
      url: 'https://evil.example/phish',
      canonicalUrl: original.article.canonicalUrl,
      title: 'URGENT: verify your bank account',
    });
    const result = await store.save(forged);
    expect(result).toMatchObject({ ok: true, status: 'added' });
    const rows = await store.firstRows(50);
    expect(rows.map((r) => r.title).sort()).toEqual([
      'Jembatan baru nomor 1 diresmikan',
      'URGENT: verify your bank account',
    ]);
    const kept = await store.findByUrl(original.article.canonicalUrl);
    expect(kept?.title).toBe('Jembatan baru nomor 1 diresmikan');
  });

  it('saving the same canonical URL again updates the entry instead of adding one', async () => {
    const store = openStore();
    const first = await store.save(sampleArticle(1));
    await store.setRead(['id-1'], true);
    const again = sampleArticle(1, {
      url: 'http://www.news.example.id/2024/berita-1#comments',
      title: 'Judul yang diperbarui',
    });
    const second = await store.save({ ...again, tags: ['baru'] });
    expect(first.ok && second.ok && second.id === first.id).toBe(true);
    expect(second.ok && second.status).toBe('updated');
    expect(await store.count()).toBe(1);
    const saved = await store.get('id-1');
    expect(saved?.title).toBe('Judul yang diperbarui');
    expect(saved?.read).toBe(true);
    expect(saved?.tags).toEqual(['baru']);
    expect(saved!.updatedAt).toBeGreaterThan(saved!.savedAt);
  });

  it('two windows saving at the same time both land', async () => {
    const factory = new IDBFactory();
    const a = openStore(factory);
    const b = openStore(factory);
    const results = await Promise.all([
      a.save(sampleArticle(1)),
      b.save(sampleArticle(2)),
      a.save(sampleArticle(3)),
      b.save(sampleArticle(3, { title: 'same article from window b' })),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await openStore(factory).allRows();
    expect(rows.map((r) => r.key).sort()).toEqual([
      'https://news.example.id/2024/berita-1',
      'https://news.example.id/2024/berita-2',
      'https://news.example.id/2024/berita-3',
    ]);
  });

  it('a quota error aborts the save, says so, and keeps everything saved before', async () => {
    const store = openStore();
    await store.save(sampleArticle(1));
    // The article record is written, then the row fails: the whole transaction must roll back.
    const restore = failPutsOn('rows');
    let result;
    try {
      result = await store.save(sampleArticle(2));
    } finally {
      restore();
    }
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('quota');
    expect(!result.ok && result.message).toMatch(/not enough storage space/i);
    expect((await store.allRows()).map((r) => r.id)).toEqual(['id-1']);
    expect(await store.db.articles.count()).toBe(1);
    expect((await store.get('id-1'))?.title).toBe('Jembatan baru nomor 1 diresmikan');
  });

  it('deletes and undoes', async () => {
    const store = openStore();
    await store.save(sampleArticle(1));
    await store.save(sampleArticle(2));
    const removed = await store.remove(['id-1']);
    expect(removed.ok && removed.value.map((r) => r.id)).toEqual(['id-1']);
    expect(await store.count()).toBe(1);
    if (!removed.ok) throw new Error('remove failed');
    await store.restore(removed.value);
    expect((await store.allRows()).map((r) => r.id).sort()).toEqual(['id-1', 'id-2']);
  });

  it('tags and read state change the row too', async () => {
    const store = openStore();
    await store.save(sampleArticle(1));
    await store.addTag(['id-1'], 'Kota');
    await store.addTag(['id-1'], 'kota');
    await store.setRead(['id-1'], true);
    const [row] = await store.allRows();
    expect(row?.tags).toEqual(['Kota']);
    expect(row?.read).toBe(true);
  });

  it('asks for persistent storage once', async () => {
    let asked = 0;
    const storage = { persist: async () => (asked++, true), persisted: async () => false };
    const factory = new IDBFactory();
    const store = openStore(factory, { storage });
    await store.askPersistence();
    await store.askPersistence();
    await openStore(factory, { storage }).askPersistence();
    expect(asked).toBe(1);
  });
});

describe('LibraryStore import', () => {
  async function library(n: number) {
    const store = openStore();
    for (let i = 1; i <= n; i++) await store.save({ ...sampleArticle(i), tags: [`t${i % 2}`] });
    return store;
  }

  it('export then import into a fresh profile is lossless, field by field', async () => {
    const source = await library(5);
    await source.setRead(['id-2'], true);
    const records = await source.exportRecords();
    const json = exportLibraryJson(records, new Date(clock));
    const fresh = openStore();
    const result = await fresh.importJson(json, { sanitize });
    expect(result).toEqual({
      ok: true,
      report: { added: 5, updated: 0, unchanged: 0, rejected: [] },
    });
    const back = await fresh.exportRecords();
    expect(back.length).toBe(records.length);
    records.forEach((record, i) => expect(diffRecords(record, back[i])).toEqual([]));
    expect(await fresh.allRows()).toEqual(await source.allRows());
  });

  it('merges duplicates by canonical URL and reports added, updated, unchanged and rejected', async () => {
    const store = await library(2);
    const records = await store.exportRecords();
    const changed = {
      ...records[0]!,
      id: 'other-id',
      title: 'Newer title',
      updatedAt: clock + 10_000,
      tags: ['extra'],
    };
    const brandNew = {
      ...records[1]!,
      id: 'id-2',
      canonicalUrl: 'https://news.example.id/2024/new',
      url: 'https://news.example.id/2024/new',
    };
    const hostile = { ...records[1]!, url: 'javascript:alert(1)' };
    const file = JSON.parse(
      exportLibraryJson([changed, records[1]!, brandNew, hostile], new Date(clock)),
    );
    file.articles.push({ title: 'no fields' });
    const result = await store.importJson(JSON.stringify(file), { sanitize });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.added).toBe(1);
    expect(result.report.updated).toBe(1);
    expect(result.report.unchanged).toBe(1);
    expect(result.report.rejected.map((r) => r.index)).toEqual([3, 4]);
    expect(result.report.rejected[0]?.reason).toMatch(/^url: not an http\(s\) URL/);
    expect(await store.count()).toBe(3);
    const merged = await store.get('id-1');
    expect(merged?.title).toBe('Newer title');
    expect(merged?.tags.sort()).toEqual(['extra', 't1']);
    // The new article's id was taken by another article: it gets its own.
    const added = (await store.allRows()).find((r) => r.key === 'https://news.example.id/2024/new');
    expect(added?.id).not.toBe('id-2');
  });

  it('sanitises article HTML again on import', async () => {
    const store = openStore();
    const { article, digest } = sampleArticle(1);
    const record = {
      ...article,
      html: '<p onclick="steal()">Hi<script>alert(1)</script><img src="javascript:x"></p>',
      digest,
      id: 'x',
      key: '',
      schemaVersion: 1,
      savedAt: 1,
      updatedAt: 1,
      read: false,
      tags: [],
    };
    const file = JSON.stringify({ format: 'ringkas-library', version: 1, articles: [record] });
    const result = await store.importJson(file, { sanitize });
    expect(result.ok).toBe(true);
    const html = (await store.get('x'))?.html ?? '';
    expect(html).toContain('Hi');
    expect(html).not.toMatch(/script|onclick|javascript/i);
  });

  it('a failure in the middle of an import leaves the library as it was', async () => {
    const store = await library(3);
    const before = await store.exportRecords();
    const incoming = [
      ...before.map((r) => ({ ...r, title: `${r.title} (edited)`, updatedAt: clock + 50_000 })),
    ];
    for (let i = 10; i < 20; i++) {
      const { article, digest } = sampleArticle(i);
      incoming.push({ ...before[0]!, ...article, digest, id: `new-${i}`, key: '' });
    }
    const restore = failPutsOn('articles', 5);
    let result;
    try {
      result = await store.importJson(exportLibraryJson(incoming, new Date(clock)), { sanitize });
    } finally {
      restore();
    }
    expect(result.ok).toBe(false);
    const after = await store.exportRecords();
    expect(after.length).toBe(3);
    before.forEach((record, i) => expect(diffRecords(record, after[i])).toEqual([]));
  });

  it('rejects malformed, foreign, newer, huge and oversized files with a reason and writes nothing', async () => {
    const store = await library(1);
    const cases: [string, RegExp, object?][] = [
      ['{"format": "ringkas-library", "version": 1, "articles": [', /not valid JSON/],
      ['[1,2,3]', /not a Ringkas library/],
      ['{"format": "pocket", "articles": []}', /not a Ringkas library/],
      ['{"format": "ringkas-library", "version": 9, "articles": []}', /newer Ringkas/],
      ['{"format": "ringkas-library", "version": 1, "articles": {}}', /not a Ringkas library/],
      [
        JSON.stringify({ format: 'ringkas-library', version: 1, articles: [] }) + ' '.repeat(2000),
        /too large/,
        { maxChars: 1000 },
      ],
      [
        JSON.stringify({ format: 'ringkas-library', version: 1, articles: [{}, {}, {}] }),
        /at most 2/,
        { maxArticles: 2 },
      ],
    ];
    for (const [text, reason, limits] of cases) {
      const result = await store.importJson(text, { sanitize, ...(limits ? { limits } : {}) });
      expect(result.ok, text.slice(0, 40)).toBe(false);
      expect(!result.ok && result.reason).toBe('invalid');
      expect(!result.ok && result.message).toMatch(reason);
    }
    expect(await store.count()).toBe(1);
  });

  it('rejects hostile records one by one: huge fields, prototype keys, bad types', async () => {
    const store = openStore();
    const { article, digest } = sampleArticle(1);
    const good = {
      ...article,
      digest,
      id: 'g',
      key: '',
      schemaVersion: 1,
      savedAt: 1,
      updatedAt: 2,
      read: false,
      tags: [],
    };
    const articles = [
      { ...good, html: 'x'.repeat(4_000_001) },
      { ...good, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { ...good, savedAt: 'yesterday' },
      { ...good, schemaVersion: 7 },
      JSON.parse(`{"__proto__": {"polluted": true}, "title": 5}`),
      {
        ...good,
        digest: {
          ...digest,
          facts: {
            ...digest.facts,
            top: [{ kind: 'weapon', label: 'x', detail: null, sentence: 0 }],
          },
        },
      },
      good,
    ];
    const result = await store.importJson(
      JSON.stringify({ format: 'ringkas-library', version: 1, articles }),
      { sanitize },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.report.added).toBe(1);
    expect(result.report.rejected.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.report.rejected[0]?.reason).toMatch(/^html: article HTML larger than 4 MB/);
    expect(result.report.rejected[1]?.reason).toMatch(/^tags: more than 50 tags/);
    expect(result.report.rejected[3]?.reason).toMatch(/newer than this Ringkas/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await store.count()).toBe(1);
  });
});
