import { describe, it, expect } from 'vitest';
import { makeSavedArticle, mergeImported, resave } from '../../../../src/core/collection/record';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import { sampleArticle } from './sample-article';

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('records', () => {
  it('resave keeps id, first save, read state and joins tags', () => {
    const first = { ...saved(1), read: true, tags: ['a'] };
    const again = makeSavedArticle(
      { ...sampleArticle(1, { title: 'new' }), tags: ['b'] },
      'other',
      9_000,
    );
    const next = resave(first, again, 9_000);
    expect(next).toMatchObject({
      id: 'id-1',
      savedAt: 1_000,
      updatedAt: 9_000,
      read: true,
      tags: ['a', 'b'],
      title: 'new',
    });
  });

  it('import merge takes the newer content and reports unchanged when nothing differs', () => {
    const mine = saved(1);
    expect(mergeImported(mine, { ...mine }).action).toBe('unchanged');
    const older = { ...mine, title: 'old', updatedAt: 10 };
    expect(mergeImported(mine, older).record.title).toBe(mine.title);
    const newer = { ...mine, title: 'newer', updatedAt: 99_999, id: 'x' };
    const merged = mergeImported(mine, newer);
    expect(merged).toMatchObject({ action: 'update', record: { title: 'newer', id: 'id-1' } });
  });
});
