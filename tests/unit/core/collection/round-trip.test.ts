// Every article the library saves can be exported and imported back unchanged (issue 13 item 6):
// saving applies the same limits import checks. Over the seed page, the corpus fixtures, the
// hostile pages that read as articles, and the sizes that once saved and then failed to import.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { analyze } from '../../../../src/core/analyze';
import { exportLibraryJson } from '../../../../src/core/collection/library-json';
import { diffRecords } from '../../../../src/core/collection/record';
import { readPage } from '../../../../src/core/read-page';
import { sanitizeHtml } from '../../../../src/core/sanitize';
import type { Article, Digest, SavedArticle } from '../../../../src/core/types';
import {
  LibraryStore,
  type ImportResult,
  type SaveResult,
} from '../../../../src/storage/library-store';
import { sampleArticle } from './sample-article';

const FIXTURES = path.resolve(__dirname, '../../../fixtures');
const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const sanitize = (html: string) => sanitizeHtml(html, win);

let counter = 0;
const opened: LibraryStore[] = [];
function openStore(): LibraryStore {
  const store = new LibraryStore({
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    storage: undefined,
    now: () => 1_700_000_000_000 + ++counter,
    newId: () => `id-${++counter}`,
    notify: () => {},
  });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

interface Case {
  name: string;
  article: Article;
  digest: Digest;
}

/** A page read as the popup reads it, its HTML sanitised as the popup and background save it. */
function readFixture(file: string, url: string): Case | null {
  const raw = readFileSync(file);
  const html = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const result = readPage(parseHTML(html).document as unknown as Document, url);
  if (!result.ok) return null;
  const article = { ...result.article, html: sanitize(result.article.html) };
  return { name: path.basename(file), article, digest: result.digest };
}

function fixtureCases(): Case[] {
  const files = [
    path.join(FIXTURES, 'seed-page.html'),
    ...readdirSync(path.join(FIXTURES, 'pages'))
      .filter((f) => f.endsWith('.html.gz'))
      .map((f) => path.join(FIXTURES, 'pages', f)),
    ...readdirSync(path.join(FIXTURES, 'hostile'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(FIXTURES, 'hostile', f)),
  ];
  return files
    .map((file, i) => readFixture(file, `https://news.example.com/${i}/${path.basename(file)}`))
    .filter((c): c is Case => c !== null);
}

/** 26,000 short sentences in a 500 KB page: more sentences than a record's lists hold. */
function manySentences(): Case {
  const paragraphs: string[] = [];
  for (let p = 0; p < 260; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 100; s++) sentences.push(`Warga ${p}-${s} datang.`);
    paragraphs.push(sentences.join(' '));
  }
  const text = paragraphs.join('\n\n');
  const base = sampleArticle(1, {
    text,
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    wordCount: 26_000 * 3,
  });
  return {
    name: '26,000 sentences',
    article: base.article,
    // analyze() reads at most MAX_DIGEST_CHARS, so the 26,000 sentences are listed as a digest
    // from elsewhere (a tab:save, an older version) would list them: fitting must cut them.
    digest: {
      ...analyze(paragraphs, { lang: 'id' }),
      sentences: paragraphs.flatMap((p) => p.split(/(?<=\.) /)),
    },
  };
}

/** Saves, exports, imports into an empty library: what was saved comes back unchanged. */
type Trip =
  | { saved: SaveResult }
  | { saved: SaveResult; records: SavedArticle[]; imported: ImportResult; back: SavedArticle[] };

async function roundTrip(c: Case): Promise<Trip> {
  const store = openStore();
  const saved = await store.save({ article: c.article, digest: c.digest });
  if (!saved.ok) return { saved };
  const records = await store.exportRecords();
  const file = exportLibraryJson(records, new Date(0));
  const other = openStore();
  const imported = await other.importJson(file, { sanitize });
  const back = await other.exportRecords();
  return { saved, records, imported, back };
}

describe('every saved article imports back', () => {
  it('the seed page, the corpus fixtures and the hostile pages that read', async () => {
    const cases = fixtureCases();
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const c of cases) {
      const r = await roundTrip(c);
      expect(r.saved.ok, c.name).toBe(true);
      if (!('imported' in r)) continue;
      expect(r.imported, c.name).toMatchObject({ ok: true, report: { added: 1, rejected: [] } });
      expect(diffRecords(r.records, r.back), c.name).toEqual([]);
    }
  });

  it('a page of 26,000 short sentences saves with the digest cut to 20,000 sentences, and imports', async () => {
    const c = manySentences();
    expect(c.digest.sentences.length).toBeGreaterThan(20_000);
    const r = await roundTrip(c);
    expect(r.saved.ok).toBe(true);
    if (!('imported' in r)) throw new Error('not saved');
    expect(r.imported).toMatchObject({ ok: true, report: { added: 1, rejected: [] } });
    expect(diffRecords(r.records, r.back)).toEqual([]);
    const [record] = r.records;
    expect(record?.digest.sentences).toHaveLength(20_000);
    // The article itself is kept whole.
    expect(record?.text).toBe(c.article.text);
    expect(record?.digest.facts.people.every((p) => p.sentence < 20_000)).toBe(true);
  });

  it('an article of 2.3 MB of text is refused with a message, and nothing is saved', async () => {
    const paragraph = 'Kalimat panjang tentang jembatan baru di kota itu. '.repeat(20);
    const text = Array.from(
      { length: Math.ceil(2_300_000 / paragraph.length) },
      () => paragraph,
    ).join('\n\n');
    const c = sampleArticle(2, { text, html: `<p>${text.slice(0, 1000)}</p>` });
    const store = openStore();
    const saved = await store.save(c);
    expect(saved).toMatchObject({ ok: false, reason: 'invalid' });
    if (saved.ok) return;
    expect(saved.message).toMatch(
      /too long to keep in the library.*2 MB of text.*Nothing was saved/,
    );
    expect(await store.exportRecords()).toEqual([]);
  });

  it('a page address over 4,096 characters is refused; a canonical one falls back to the page address', async () => {
    const long = `https://news.example.id/a?${'x'.repeat(4100)}`;
    const store = openStore();
    const refused = await store.save(sampleArticle(3, { url: long, canonicalUrl: long }));
    expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
    if (!refused.ok) expect(refused.message).toMatch(/address is longer than 4,096 characters/);

    const c = sampleArticle(4, { canonicalUrl: long, leadImage: `${long}.jpg` });
    const r = await roundTrip({ name: 'long canonical', ...c });
    expect(r.saved.ok).toBe(true);
    if (!('imported' in r)) throw new Error('not saved');
    expect(r.imported).toMatchObject({ ok: true, report: { added: 1, rejected: [] } });
    expect(r.records[0]?.canonicalUrl).toBe(c.article.url);
    expect(r.records[0]?.leadImage).toBeNull();
    expect(diffRecords(r.records, r.back)).toEqual([]);
  });

  it('a title past 2000 characters is shortened with an ellipsis and imports', async () => {
    const c = sampleArticle(5, { title: 'Judul '.repeat(500) });
    const r = await roundTrip({ name: 'long title', ...c });
    if (!('imported' in r)) throw new Error('not saved');
    expect(r.imported).toMatchObject({ ok: true, report: { added: 1, rejected: [] } });
    expect(r.records[0]?.title).toHaveLength(2000);
    expect(r.records[0]?.title.endsWith('…')).toBe(true);
  });
});
