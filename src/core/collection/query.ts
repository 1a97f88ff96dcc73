// What the list shows: rows filtered by site, language, tag and read state, ranked by the
// search when there is a query, otherwise sorted by saved date, published date or site.
import type { LibraryRow } from './library-row';

export type SortKey = 'saved' | 'published' | 'site';
export type ReadFilter = 'all' | 'unread' | 'read';

export interface LibraryQuery {
  site: string | null;
  lang: string | null;
  tag: string | null;
  read: ReadFilter;
  sort: SortKey;
}

export const DEFAULT_QUERY: LibraryQuery = {
  site: null,
  lang: null,
  tag: null,
  read: 'all',
  sort: 'saved',
};

/** The site a row is filed under: its name when the page gave one, else its host. */
export function siteOf(row: LibraryRow): string {
  return row.siteName?.trim() || row.host || '?';
}

function matches(row: LibraryRow, q: LibraryQuery): boolean {
  if (q.site !== null && siteOf(row) !== q.site) return false;
  if (q.lang !== null && row.lang !== q.lang) return false;
  if (q.tag !== null && !row.tags.includes(q.tag)) return false;
  if (q.read === 'read' && !row.read) return false;
  if (q.read === 'unread' && row.read) return false;
  return true;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(sort: SortKey): (a: LibraryRow, b: LibraryRow) => number {
  const newestFirst = (a: LibraryRow, b: LibraryRow) =>
    b.savedAt - a.savedAt || a.id.localeCompare(b.id);
  switch (sort) {
    case 'published':
      // Undated articles go last, newest saved first among them.
      return (a, b) =>
        (b.publishedAt ?? -Infinity) - (a.publishedAt ?? -Infinity) || newestFirst(a, b);
    case 'site':
      return (a, b) => collator.compare(siteOf(a), siteOf(b)) || newestFirst(a, b);
    default:
      return newestFirst;
  }
}

// Built once per rows array (the page keeps one until something changes), not per keystroke.
const byIdCache = new WeakMap<readonly LibraryRow[], Map<string, LibraryRow>>();
function indexById(rows: readonly LibraryRow[]): Map<string, LibraryRow> {
  let byId = byIdCache.get(rows);
  if (!byId) {
    byId = new Map(rows.map((row) => [row.id, row]));
    byIdCache.set(rows, byId);
  }
  return byId;
}

/**
 * The rows to show. With `ranked` (ids from the search, best first) the order is the search's,
 * and only those rows are shown; otherwise the chosen sort.
 */
export function selectRows(
  rows: readonly LibraryRow[],
  q: LibraryQuery,
  ranked?: readonly string[],
): LibraryRow[] {
  if (ranked) {
    const byId = indexById(rows);
    const out: LibraryRow[] = [];
    for (const id of ranked) {
      const row = byId.get(id);
      if (row && matches(row, q)) out.push(row);
    }
    return out;
  }
  return rows.filter((row) => matches(row, q)).sort(compare(q.sort));
}

export interface Facet {
  value: string;
  count: number;
}
export interface Facets {
  sites: Facet[];
  langs: Facet[];
  tags: Facet[];
}

/** The values the filters offer, most frequent first. */
export function facetsOf(rows: readonly LibraryRow[]): Facets {
  const count = (values: Iterable<string>, into: Map<string, number>) => {
    for (const value of values) into.set(value, (into.get(value) ?? 0) + 1);
  };
  const sites = new Map<string, number>();
  const langs = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const row of rows) {
    count([siteOf(row)], sites);
    count([row.lang], langs);
    count(row.tags, tags);
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
  return { sites: list(sites), langs: list(langs), tags: list(tags) };
}
