// The index never vacuums in the background beside updates (issue 13, item 10): MiniSearch's
// auto-vacuum walked the term tree in batches across timers while new records were added, and a
// term that moved under it threw in both library tabs that imported at once.
import { afterEach, describe, expect, it } from 'vitest';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { LibrarySearch } from '../../../../src/core/collection/search-index';
import { sampleArticle } from './sample-article';

const words = (i: number) =>
  Array.from({ length: 30 }, (_, k) => `kata${(i * 31 + k).toString(36)}x`).join(' ');
const record = (i: number, v = 0) =>
  makeSavedArticle(
    sampleArticle(i, { title: `${words(i)} ${v}`, text: `${words(i + 7000)} ${v}` }),
    `id-${i}`,
    1000 + i,
  );

const failures: unknown[] = [];
const onFailure = (e: unknown) => failures.push(e);
afterEach(() => {
  process.off('unhandledRejection', onFailure);
});

describe('search index vacuuming', () => {
  it('does not run beside updates, and the index stays whole', async () => {
    process.on('unhandledRejection', onFailure);
    const search = LibrarySearch.build(Array.from({ length: 400 }, (_, i) => record(i)));
    // Replacing records leaves discarded entries behind (what makes MiniSearch vacuum).
    for (let i = 0; i < 400; i++) search.put(record(i, 1));
    // Another tab's import arrives a few records per tick while a vacuum would be running.
    for (let tick = 0; tick < 40; tick++) {
      for (let k = 0; k < 10; k++) search.put(record(1000 + tick * 10 + k));
      await new Promise((r) => setTimeout(r, 2));
    }
    await search.vacuumIfDirty();
    await new Promise((r) => setTimeout(r, 50));
    expect(failures).toEqual([]);
    expect(search.size).toBe(800);
    expect(search.search(words(1005).split(' ')[3]!)[0]?.id).toBe('id-1005');
  });
});
