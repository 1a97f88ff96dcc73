import { describe, it, expect } from 'vitest';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { toRow } from '../../../../src/core/collection/library-row';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import { DEFAULT_QUERY, facetsOf, selectRows } from '../../../../src/core/collection/query';
import { sampleArticle } from './sample-article';

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('selectRows and facetsOf', () => {
  const rows = [
    toRow(saved(1, { siteName: 'B site', lang: 'id', tags: ['x'], publishedTime: null })),
    toRow(
      saved(2, {
        siteName: 'A site',
        lang: 'en',
        read: true,
        publishedTime: '2020-01-01T00:00:00Z',
      }),
    ),
    toRow(
      saved(3, {
        siteName: 'B site',
        lang: 'id',
        tags: ['x', 'y'],
        publishedTime: '2021-01-01T00:00:00Z',
      }),
    ),
  ];

  it('sorts by saved date, published date and site', () => {
    expect(selectRows(rows, DEFAULT_QUERY).map((r) => r.id)).toEqual(['id-3', 'id-2', 'id-1']);
    expect(selectRows(rows, { ...DEFAULT_QUERY, sort: 'published' }).map((r) => r.id)).toEqual([
      'id-3',
      'id-2',
      'id-1',
    ]);
    expect(selectRows(rows, { ...DEFAULT_QUERY, sort: 'site' }).map((r) => r.id)).toEqual([
      'id-2',
      'id-3',
      'id-1',
    ]);
  });

  it('filters by site, language, tag and read state, and keeps the search order', () => {
    expect(
      selectRows(rows, { ...DEFAULT_QUERY, site: 'B site', tag: 'y' }).map((r) => r.id),
    ).toEqual(['id-3']);
    expect(selectRows(rows, { ...DEFAULT_QUERY, lang: 'en' }).map((r) => r.id)).toEqual(['id-2']);
    expect(selectRows(rows, { ...DEFAULT_QUERY, read: 'unread' }).map((r) => r.id)).toEqual([
      'id-3',
      'id-1',
    ]);
    expect(
      selectRows(rows, { ...DEFAULT_QUERY, read: 'unread' }, ['id-1', 'id-2', 'id-3']).map(
        (r) => r.id,
      ),
    ).toEqual(['id-1', 'id-3']);
  });

  it('counts the values the filters offer', () => {
    const facets = facetsOf(rows);
    expect(facets.sites).toEqual([
      { value: 'B site', count: 2 },
      { value: 'A site', count: 1 },
    ]);
    expect(facets.tags).toEqual([
      { value: 'x', count: 2 },
      { value: 'y', count: 1 },
    ]);
  });
});
