// planImport: what an import adds, updates and leaves alone, with the library looked up through
// the same lookups the store gives it inside its transaction.
import { describe, expect, it } from 'vitest';
import { planImport, type ImportLookup } from '../../../../src/core/collection/import-plan';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import type { SavedArticle } from '../../../../src/core/schema/saved-article';
import { sampleArticle } from './sample-article';

const saved = (n: number, id = `id-${n}`, over: Partial<SavedArticle> = {}): SavedArticle => ({
  ...makeSavedArticle(sampleArticle(n), id, 1_000 * n),
  ...over,
});

function lookup(library: SavedArticle[]): ImportLookup {
  let fresh = 0;
  return {
    byKey: async (key) => library.find((r) => r.key === key),
    hasId: async (id) => library.some((r) => r.id === id),
    newId: () => `fresh-${++fresh}`,
  };
}

describe('planImport', () => {
  it('adds what the library lacks and leaves unchanged what it holds already', async () => {
    const library = [saved(1)];
    const plan = await planImport([{ record: saved(1) }, { record: saved(2) }], lookup(library));
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([1, 0, 1]);
    expect(plan.writes.map((r) => r.key)).toEqual([saved(2).key]);
  });

  it('updates a saved article when the file changes it', async () => {
    const plan = await planImport(
      [{ record: saved(1, 'id-1', { tags: ['kota'] }) }],
      lookup([saved(1)]),
    );
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([0, 1, 0]);
    expect(plan.writes[0]!.tags).toContain('kota');
  });

  it('merges duplicates inside the file into one write', async () => {
    const plan = await planImport(
      [{ record: saved(3, 'a') }, { record: saved(3, 'b', { tags: ['x'] }) }],
      lookup([]),
    );
    expect(plan.added).toBe(1);
    expect(plan.writes).toHaveLength(1);
  });

  it('gives a new id to a new article whose id another article holds', async () => {
    const plan = await planImport([{ record: saved(4, 'taken') }], lookup([saved(5, 'taken')]));
    expect(plan.writes.map((r) => r.id)).toEqual(['fresh-1']);
  });
});
