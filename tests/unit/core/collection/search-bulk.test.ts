import { describe, it, expect } from 'vitest';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import type { SavedArticle } from '../../../../src/core/schema/saved-article';
import { LibrarySearch } from '../../../../src/core/collection/search-index';
import { sampleArticle } from './sample-article';

// Words drawn with repeats, in both languages, with accents and case, so terms recur across
// documents and fields the way a library's vocabulary does.
const WORDS = (
  'membangun dibangun pembangunan jalan Jalan tol Harga harga beras naik pasar Pedagang ' +
  'running runs runner café Café São Paulo banjir Semarang kelurahan warga sekolah dana desa'
).split(' ');

function library(count: number): SavedArticle[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, (_, n) => ({
    ...makeSavedArticle(
      sampleArticle(
        n,
        { title: words(4), text: `${words(60)}.\n\n${words(30)}.` },
        `Tokoh ${words(1)}`,
      ),
      `id-${n}`,
      1_000 * n,
    ),
    highlights:
      n % 5
        ? []
        : [
            {
              id: `h${n}`,
              color: 'yellow' as const,
              exact: words(3),
              prefix: '',
              suffix: '',
              note: words(5),
              createdAt: 1,
              updatedAt: 1,
            },
          ],
  }));
}

const QUERIES = [
  'membangun',
  'bangun',
  'jalan tol',
  'harga pas',
  'kel',
  'kelu',
  'runs',
  'cafe',
  'sao paulo',
  'semarnag',
  'tokoh',
  'warga dana',
];

function oneByOne(records: SavedArticle[], into = LibrarySearch.empty()): LibrarySearch {
  for (const record of records) into.put(record);
  return into;
}

describe('LibrarySearch.putAll (bulk)', () => {
  const records = library(120);

  it('builds the same index, term for term, as adding the records one by one', () => {
    const bulk = LibrarySearch.build(records);
    const single = oneByOne(records);
    expect(bulk.size).toBe(120);
    expect(bulk.toJSON()).toBe(single.toJSON());
    for (const q of QUERIES) expect(bulk.search(q), q).toEqual(single.search(q));
    expect(bulk.search('jalan').length).toBeGreaterThan(10);
  });

  it('stays the same with records already indexed, replaced, or twice in one batch', () => {
    const changed = records
      .slice(0, 30)
      .map((r) => ({ ...r, title: `${r.title} baru`, updatedAt: 9 }));
    const batch = [...records.slice(60), ...changed, records[100]!, ...records.slice(100, 105)];
    const bulk = LibrarySearch.build(records.slice(0, 60));
    bulk.putAll(batch);
    const single = oneByOne(batch, oneByOne(records.slice(0, 60)));
    expect(bulk.toJSON()).toBe(single.toJSON());
    for (const q of [...QUERIES, 'baru']) expect(bulk.search(q), q).toEqual(single.search(q));
    // A bulk-built index is a normal one: it loads, updates and searches like any other.
    const loaded = LibrarySearch.load(bulk.toJSON());
    loaded.put({ ...records[0]!, title: 'Gula', updatedAt: 10 });
    expect(loaded.search('gula').map((h) => h.id)).toEqual(['id-0']);
  });
});
