// Building and merging saved records. Pure: ids and clocks come in as parameters.
import type { Article } from '../schema/article';
import type { Digest } from '../schema/digest';
import { RECORD_VERSION, type SavedArticle } from '../schema/saved-article';
import { canonicalKey } from './canonical-key';
import { fitRecord, type FitResult } from './fit-record';
import { normaliseTags } from './tags';

export interface SaveInput {
  article: Article;
  digest: Digest;
  tags?: string[];
  read?: boolean;
}

/** A new record from an article just read. `id` is used only if the article is new. */
export function makeSavedArticle(input: SaveInput, id: string, now: number): SavedArticle {
  const { article } = input;
  return {
    ...article,
    removed: article.removed.map((block) => ({ ...block })),
    id,
    key: canonicalKey(article.canonicalUrl, article.url),
    schemaVersion: RECORD_VERSION,
    digest: structuredClone(input.digest),
    savedAt: now,
    updatedAt: now,
    read: input.read ?? false,
    tags: normaliseTags(input.tags ?? []),
  };
}

/**
 * The record to save, fitted to the limits import checks (see fit-record.ts), or why the article
 * cannot be kept. The library saves only through this, so every saved article imports back.
 */
export function prepareSave(input: SaveInput, id: string, now: number): FitResult {
  return fitRecord(makeSavedArticle(input, id, now));
}

/**
 * Saving an article that is already in the library: the new content replaces the old one,
 * the entry keeps its id, first save time and read state, and the tags are joined.
 */
export function resave(existing: SavedArticle, fresh: SavedArticle, now: number): SavedArticle {
  return {
    ...fresh,
    id: existing.id,
    savedAt: Math.min(existing.savedAt, fresh.savedAt),
    updatedAt: Math.max(now, existing.updatedAt),
    read: existing.read || fresh.read,
    tags: normaliseTags([...existing.tags, ...fresh.tags]),
    // The reader's own additions stay: highlights are anchored by text and find their place in
    // the new content (text-quote.ts).
    ...annotationsOf(existing),
  };
}

/** The highlights and reading position of a record, as fields to spread (none when absent). */
export function annotationsOf(record: SavedArticle): Pick<SavedArticle, 'highlights' | 'position'> {
  return {
    ...(record.highlights ? { highlights: record.highlights } : {}),
    ...(record.position ? { position: record.position } : {}),
  };
}

/** Two records' highlights joined by id; the later edit of a highlight wins. */
export function mergeHighlights(
  a: SavedArticle['highlights'],
  b: SavedArticle['highlights'],
): SavedArticle['highlights'] {
  if (!a?.length) return b;
  if (!b?.length) return a;
  const byId = new Map(a.map((h) => [h.id, h]));
  for (const h of b) {
    const known = byId.get(h.id);
    if (!known || h.updatedAt > known.updatedAt) byId.set(h.id, h);
  }
  return [...byId.values()].sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id));
}

export type MergeAction = 'add' | 'update' | 'unchanged';

/**
 * An imported record meeting the library: the newer version (by updatedAt) gives the content
 * and read state, the tags are joined, the first save time is kept, the existing id stays.
 */
export function mergeImported(
  existing: SavedArticle | undefined,
  incoming: SavedArticle,
): { action: MergeAction; record: SavedArticle } {
  if (!existing) return { action: 'add', record: incoming };
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  const merged: SavedArticle = {
    ...newer,
    id: existing.id,
    key: existing.key,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    tags: normaliseTags([...existing.tags, ...incoming.tags]),
  };
  const highlights = mergeHighlights(existing.highlights, incoming.highlights);
  if (highlights) merged.highlights = highlights;
  return { action: sameRecord(existing, merged) ? 'unchanged' : 'update', record: merged };
}

/** Deep equality of plain JSON-like values (records hold nothing else). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  return keys.every((k) => Object.hasOwn(bo, k) && sameValue(ao[k], bo[k]));
}

export function sameRecord(a: SavedArticle, b: SavedArticle): boolean {
  return sameValue(a, b);
}

/** Field paths where two records differ ("digest.facts.people[0].name"), for tests and the bench. */
export function diffRecords(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (sameValue(a, b)) return out;
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    Array.isArray(a) === Array.isArray(b)
  ) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const sub = Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
      diffRecords((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], sub, out);
    }
    return out;
  }
  out.push(path || '(root)');
  return out;
}
