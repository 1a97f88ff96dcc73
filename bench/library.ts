// npm run bench -- library: the saved-article library over generated libraries of 1,000 and
// 10,000 articles built from the corpus texts (IndoSum paragraphs, Zyte articleBody).
//
// Runs in Node with fake-indexeddb (pure JavaScript, in memory), not a browser's IndexedDB:
// times are for this code path on this machine, and the size on disk is an estimate, the UTF-8
// size of everything stored serialised as JSON (records, rows, search-index snapshot). Browsers
// store structured clones, Chrome compresses them (Snappy), so real files can be smaller.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { corpusDir, readTruth, repoRoot } from './lib/corpus';
import { quantile, seededRandom } from './lib/stats';
import { exportLibraryJson } from '../src/core/collection/library-json';
import { diffRecords, makeSavedArticle } from '../src/core/collection/record';
import { toRow } from '../src/core/collection/library-row';
import type { SavedArticle } from '../src/core/schema/saved-article';
import { DEFAULT_QUERY, selectRows } from '../src/core/collection/query';
import { sanitizeHtml } from '../src/core/sanitize';
import type { Article, Digest } from '../src/core/types';
import { analyze } from '../src/core/analyze';
import { LibraryStore } from '../src/storage/library-store';
import { openSearch, saveSearch } from '../src/storage/library-search';
import { translator } from '../src/contracts/locales';
import { LibraryPage } from '../src/library/library-page';

const SIZES = [1000, 10_000];
const QUERIES = 100;
const SAVES = 50;

v8.setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

interface Source {
  lang: string;
  paragraphs: string[];
}

export function loadSources(): Source[] {
  const sources: Source[] = [];
  const indosum = path.join(corpusDir('indosum'), 'dev.jsonl');
  for (const line of fs.readFileSync(indosum, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { paragraphs: string[] };
    sources.push({ lang: 'id', paragraphs: item.paragraphs.filter((p) => p.trim()) });
  }
  for (const page of readTruth(corpusDir('zyte'))) {
    const paragraphs = page.articleBody
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length) sources.push({ lang: 'en', paragraphs });
  }
  return sources;
}

const SITES = Array.from({ length: 40 }, (_, i) => `site${i}.example`);

/** Article n: one corpus text with a few paragraphs of another, so no two texts are equal. */
function generate(
  n: number,
  sources: Source[],
  win: Window & typeof globalThis,
  random: () => number,
): { article: Article; digest: Digest } {
  const base = sources[n % sources.length]!;
  const extra = sources[Math.floor(random() * sources.length)]!;
  const paragraphs = [...base.paragraphs, ...extra.paragraphs.slice(0, 2)];
  const text = paragraphs.join('\n\n');
  const site = SITES[n % SITES.length]!;
  const url = `https://${site}/news/${n}`;
  const words = text.split(/\s+/).length;
  const firstSentence = paragraphs[0]!.slice(0, 90);
  const published = new Date(Date.UTC(2015 + (n % 10), n % 12, 1 + (n % 28))).toISOString();
  const html = sanitizeHtml(
    paragraphs
      .map((p) => `<p>${p.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`)
      .join('\n'),
    win,
  );
  return {
    article: {
      url,
      canonicalUrl: url,
      title: `${firstSentence} (${n})`,
      byline: null,
      siteName: `Site ${n % SITES.length}`,
      lang: base.lang,
      publishedTime: published,
      excerpt: paragraphs[0]!.slice(0, 200),
      leadImage: `https://${site}/img/${n}.jpg`,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
      html,
      text,
      removed: [{ kind: 'share', text: 'Share.', words: 1 }],
    },
    digest: analyze(paragraphs, { lang: base.lang, publishedTime: published }),
  };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Queries a reader types: names from the facts (some with a typo), title words, prefixes, pairs. */
export function makeQueries(records: SavedArticle[], random: () => number): string[] {
  const pick = () => records[Math.floor(random() * records.length)]!;
  const typo = (word: string) => {
    if (word.length < 5) return word;
    const i = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  };
  const queries: string[] = [];
  while (queries.length < QUERIES) {
    const record = pick();
    const person = record.digest.facts.people[0]?.name;
    const words = record.title.match(/\p{L}{4,}/gu) ?? [];
    const word = words[Math.floor(random() * words.length)];
    switch (queries.length % 5) {
      case 0:
        if (person) queries.push(person);
        break;
      case 1:
        if (person) queries.push(typo(person.split(' ').at(-1)!));
        break;
      case 2:
        if (word) queries.push(word.slice(0, Math.max(3, word.length - 2)));
        break;
      case 3:
        if (word && words[0]) queries.push(`${words[0]} ${word}`);
        break;
      default:
        if (word) queries.push(typo(word));
    }
  }
  return queries;
}

function estimateBytes(values: unknown[]): number {
  let bytes = 0;
  for (const value of values) bytes += Buffer.byteLength(JSON.stringify(value));
  return bytes;
}

interface Result {
  articles: number;
  saveMs: number;
  firstPageMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  heapMB: number;
  diskMB: number;
  roundTripLossless: boolean;
  savePct95Ms: number;
  firstPageLoadMs: number;
  allRowsMs: number;
  indexBuildMs: number;
  indexLoadMs: number;
  exportMs: number;
  importMs: number;
  exportMB: number;
  roundTripDifferences: number;
}

async function measure(
  size: number,
  sources: Source[],
  win: Window & typeof globalThis,
): Promise<Result> {
  const random = seededRandom(size);
  const factory = new IDBFactory();
  let counter = 0;
  const options = {
    indexedDB: factory,
    IDBKeyRange,
    storage: undefined,
    notify: () => {},
    newId: () => `a${++counter}`,
  };
  const store = new LibraryStore(options);

  // Fill the library (setup, not measured): records in bulk, as an import would.
  const t0 = performance.now();
  const batch: SavedArticle[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let n = 0; n < size; n++) {
    batch.push(
      makeSavedArticle(generate(n, sources, win, random), `a${++counter}`, start + n * 60_000),
    );
    if (batch.length === 500 || n === size - 1) {
      await store.db.articles.bulkPut(batch);
      await store.db.rows.bulkPut(batch.map(toRow));
      batch.length = 0;
    }
  }
  console.log(`  ${size}: library generated in ${round((performance.now() - t0) / 1000)} s`);

  // Saving one article into a library of this size.
  const saveTimes: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const input = generate(size + i, sources, win, random);
    const s = performance.now();
    const result = await store.save(input);
    saveTimes.push(performance.now() - s);
    if (!result.ok) throw new Error(`save failed: ${result.message}`);
  }

  // The search index: built the first time, then loaded from its snapshot on later visits.
  let s = performance.now();
  const rows = await store.allRows();
  const allRowsMs = performance.now() - s;
  s = performance.now();
  const built = await openSearch(store, rows);
  const indexBuildMs = performance.now() - s;
  await saveSearch(store, built);
  store.close();

  // Opening the page: a new connection, the newest 50 rows, rendered into a document.
  const firstPage: number[] = [];
  const firstPageLoad: number[] = [];
  const t = translator('en');
  for (let i = 0; i < 5; i++) {
    const doc = new JSDOM('<!doctype html><div id="app"></div>').window.document;
    const s1 = performance.now();
    const page = new LibraryStore(options);
    const first = await page.firstRows(50);
    const loaded = performance.now() - s1;
    const props = {
      t,
      locale: 'en',
      rows: first,
      complete: false,
      searchReady: false,
      search: () => Promise.resolve([]),
      status: null,
      busy: false,
      onUndo() {},
      onDismiss() {},
      onSetRead() {},
      onDelete() {},
      onAddTag() {},
      onExport() {},
      onImport() {},
    };
    // Preact reads the global document; the bench gives it this page's.
    (globalThis as { document?: Document }).document = doc;
    render(h(LibraryPage, props), doc.getElementById('app')!);
    const items = doc.querySelectorAll('.items > li').length;
    firstPage.push(performance.now() - s1);
    firstPageLoad.push(loaded);
    if (items !== 50) throw new Error(`first page shows ${items} items`);
    page.close();
  }

  // The page's state once everything is loaded: rows plus the search index from its snapshot.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const reader = new LibraryStore(options);
  const pageRows = await reader.allRows();
  s = performance.now();
  const opened = await openSearch(reader, pageRows);
  const indexLoadMs = performance.now() - s;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1048576;

  // Search as the page does it: the index, then filters and ranking over the rows.
  const records = await reader.exportRecords();
  const queries = makeQueries(records, random);
  const searchTimes: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const s2 = performance.now();
    const ranked = opened.search.search(q).map((hit) => hit.id);
    const shown = selectRows(pageRows, DEFAULT_QUERY, ranked);
    searchTimes.push(performance.now() - s2);
    if (shown.length) hits++;
  }

  // Size on disk (estimate): everything stored, serialised.
  const snapshot = await reader.readSearchSnapshot();
  const diskBytes =
    estimateBytes(records) +
    estimateBytes(pageRows) +
    (snapshot ? Buffer.byteLength(snapshot.json) + estimateBytes([snapshot.docs]) : 0);

  // Export, then import into a fresh profile, then compare field by field.
  s = performance.now();
  const json = exportLibraryJson(records, new Date());
  const exportMs = performance.now() - s;
  const fresh = new LibraryStore({ ...options, indexedDB: new IDBFactory() });
  s = performance.now();
  const imported = await fresh.importJson(json, { sanitize: (html) => sanitizeHtml(html, win) });
  const importMs = performance.now() - s;
  if (!imported.ok) throw new Error(`import failed: ${imported.message}`);
  const back = await fresh.exportRecords();
  let differences = back.length === records.length ? 0 : Math.abs(back.length - records.length);
  records.forEach((record, i) => {
    const diff = diffRecords(record, back[i]);
    if (diff.length && differences++ < 3)
      console.log(`  difference in ${record.id}: ${diff.slice(0, 5).join(', ')}`);
  });
  reader.close();
  fresh.close();
  console.log(
    `  ${size}: ${hits}/${queries.length} queries found something; import report ${JSON.stringify({ ...imported.report, rejected: imported.report.rejected.length })}`,
  );

  return {
    articles: size,
    saveMs: round(quantile(saveTimes, 0.5), 2),
    firstPageMs: round(quantile(firstPage, 0.5), 1),
    firstPageLoadMs: round(quantile(firstPageLoad, 0.5), 1),
    searchP50Ms: round(quantile(searchTimes, 0.5), 2),
    searchP95Ms: round(quantile(searchTimes, 0.95), 2),
    heapMB: round(heapMB),
    diskMB: round(diskBytes / 1048576),
    roundTripLossless: differences === 0 && imported.report.added === records.length,
    savePct95Ms: round(quantile(saveTimes, 0.95), 2),
    allRowsMs: round(allRowsMs),
    indexBuildMs: Math.round(indexBuildMs),
    indexLoadMs: Math.round(indexLoadMs),
    exportMs: Math.round(exportMs),
    importMs: Math.round(importMs),
    exportMB: round(Buffer.byteLength(json) / 1048576),
    roundTripDifferences: differences,
  };
}

export async function run(): Promise<void> {
  const sources = loadSources();
  const win = new JSDOM('').window as unknown as Window & typeof globalThis;
  const sizes = process.env.LIBRARY_BENCH_SIZES
    ? process.env.LIBRARY_BENCH_SIZES.split(',').map(Number)
    : SIZES;
  const results: Result[] = [];
  for (const size of sizes) results.push(await measure(size, sources, win));
  console.table(results);
  console.log(
    'Node with fake-indexeddb (in memory); diskMB is an estimate: UTF-8 JSON size of records + rows + search snapshot.\n' +
      'saveMs = median of 50 saves into the library; firstPageMs = open a connection, read the newest 50 rows, render the list (jsdom), median of 5;\n' +
      'search = MiniSearch query (prefix + typo tolerance) plus filtering/ranking over all rows, 100 queries; heapMB = rows + search index held by the page.',
  );
  const dir = path.join(repoRoot, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'library.json'), `${JSON.stringify(results, null, 2)}\n`);
}
