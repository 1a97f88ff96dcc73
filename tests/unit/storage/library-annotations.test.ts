import { describe, it, expect, afterEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { LibraryStore } from '../../../src/storage/library-store';
import { exportLibraryJson } from '../../../src/core/collection/library-json';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { anchorText, applyHighlights } from '../../../src/core/collection/highlight-dom';
import { describeQuote } from '../../../src/core/collection/text-quote';
import type { Highlight } from '../../../src/core/schema/annotation';
import { sampleArticle } from '../core/collection/sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const sanitize = (html: string) => sanitizeHtml(html, win);
let clock = 1_700_000_000_000;
let counter = 0;
const opened: LibraryStore[] = [];
function openStore(factory = new IDBFactory()): LibraryStore {
  const store = new LibraryStore({
    indexedDB: factory,
    IDBKeyRange,
    storage: undefined,
    now: () => (clock += 1000),
    newId: () => `id-${++counter}`,
    notify: () => {},
  });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function highlightOf(html: string, exact: string, note: string): Highlight {
  const div = win.document.createElement('div');
  div.append(win.document.createRange().createContextualFragment(sanitize(html)));
  const text = anchorText(div);
  const start = text.indexOf(exact);
  return {
    id: `h-${exact.length}`,
    color: 'blue',
    ...describeQuote(text, { start, end: start + exact.length }),
    note,
    createdAt: clock,
    updatedAt: clock,
  };
}

describe('highlights and reading position in the store', () => {
  it('keeps highlights through a re-save with changed content, and they still anchor', async () => {
    const store = openStore();
    const first = sampleArticle(1);
    const saved = await store.save(first);
    if (!saved.ok) throw new Error('save failed');
    const h = highlightOf(first.article.html, 'Jembatan ini untuk warga', 'janji lama');
    expect((await store.editHighlights(saved.id, () => [h])).ok).toBe(true);
    expect((await store.setPosition(saved.id, 0.4)).ok).toBe(true);
    const before = (await store.get(saved.id))!;
    const changed = {
      ...first,
      article: {
        ...first.article,
        html: `<p>Pembaruan: jembatan dibuka.</p>${first.article.html}`,
      },
    };
    const again = await store.save(changed);
    expect(again).toMatchObject({ ok: true, status: 'updated', id: saved.id });
    const after = (await store.get(saved.id))!;
    expect(after.highlights).toEqual([h]);
    expect(after.position).toEqual(before.position);
    const div = win.document.createElement('div');
    div.append(win.document.createRange().createContextualFragment(after.html));
    expect(applyHighlights(div, after.highlights!)).toEqual([]);
    expect(div.querySelector('mark')!.textContent).toBe('Jembatan ini untuk warga');
    const [row] = await store.allRows();
    expect(row).toMatchObject({ progress: 0.4, highlights: 1 });
  });

  it('a reading position changes neither updatedAt nor the search index version', async () => {
    const store = openStore();
    const saved = await store.save(sampleArticle(2));
    if (!saved.ok) throw new Error('save failed');
    const before = (await store.get(saved.id))!.updatedAt;
    await store.setPosition(saved.id, 0.75);
    expect((await store.get(saved.id))!.updatedAt).toBe(before);
    expect((await store.setPosition(saved.id, Number.NaN)).ok).toBe(false);
  });

  it('refuses a bad highlight and writes nothing', async () => {
    const store = openStore();
    const saved = await store.save(sampleArticle(3));
    if (!saved.ok) throw new Error('save failed');
    const bad = { ...highlightOf(sampleArticle(3).article.html, 'warga', ''), color: 'red' };
    const result = await store.editHighlights(saved.id, () => [bad as unknown as Highlight]);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await store.get(saved.id))!.highlights).toBeUndefined();
  });

  it('export then import into a fresh profile gives back every highlight and note exactly', async () => {
    const store = openStore();
    const saved = await store.save(sampleArticle(4));
    if (!saved.ok) throw new Error('save failed');
    const note = 'Catatan: "kutipan" <b>bukan markup</b> & emoji 🌉\nbaris kedua';
    const h = highlightOf(sampleArticle(4).article.html, 'kata', note);
    await store.editHighlights(saved.id, () => [h]);
    await store.setPosition(saved.id, 0.5);
    const records = await store.exportRecords();
    const json = exportLibraryJson(records, new Date(clock));
    const fresh = openStore();
    const imported = await fresh.importJson(json, { sanitize });
    expect(imported.ok).toBe(true);
    const back = await fresh.exportRecords();
    expect(back[0]!.highlights).toEqual(records[0]!.highlights);
    expect(back[0]!.highlights![0]!.note).toBe(note);
    expect(back[0]!.position).toEqual(records[0]!.position);
    expect(JSON.stringify(back)).toBe(JSON.stringify(records));
  });

  it('an import merges highlights with the ones already there', async () => {
    const store = openStore();
    const saved = await store.save(sampleArticle(5));
    if (!saved.ok) throw new Error('save failed');
    const html = sampleArticle(5).article.html;
    const mine = highlightOf(html, 'jembatan baru', 'mine');
    await store.editHighlights(saved.id, () => [mine]);
    const [record] = await store.exportRecords();
    const theirs = { ...highlightOf(html, 'wartawan', 'theirs'), createdAt: clock + 5 };
    const file = exportLibraryJson(
      [{ ...record!, highlights: [theirs], updatedAt: clock + 10 }],
      new Date(clock),
    );
    await store.importJson(file, { sanitize });
    const merged = (await store.get(saved.id))!.highlights!.map((x) => x.note);
    expect(merged).toEqual(['mine', 'theirs']);
  });
});

describe('editHighlights', () => {
  it('applies quick edits one after another to what is stored, none undoing another', async () => {
    const store = openStore();
    const saved = await store.save(sampleArticle(6));
    if (!saved.ok) throw new Error('save failed');
    const html = sampleArticle(6).article.html;
    const a = highlightOf(html, 'jembatan baru', '');
    const b = { ...highlightOf(html, 'wartawan', ''), id: 'h-b' };
    await store.editHighlights(saved.id, () => [a]);
    // A note and a new highlight, sent before either write finished.
    await Promise.all([
      store.editHighlights(saved.id, (all) =>
        all.map((h) => (h.id === a.id ? { ...h, note: 'catatan' } : h)),
      ),
      store.editHighlights(saved.id, (all) => [...all, b]),
    ]);
    const stored = (await store.get(saved.id))!.highlights!;
    expect(stored.map((h) => [h.id, h.note])).toEqual([
      [a.id, 'catatan'],
      ['h-b', ''],
    ]);
  });
});
