// The light part of a saved record the list needs: loaded for every article when the page opens.
import type { KeyFact } from '../schema/digest';
import type { SavedArticle } from '../schema/saved-article';

export type LibraryRow = Pick<
  SavedArticle,
  | 'id'
  | 'key'
  | 'title'
  | 'siteName'
  | 'lang'
  | 'savedAt'
  | 'updatedAt'
  | 'readingMinutes'
  | 'read'
  | 'tags'
> & {
  host: string;
  /** Epoch milliseconds, or null when the page did not say. */
  publishedAt: number | null;
  /** The first key facts, for the list. */
  topFacts: KeyFact[];
  /** How far the reader got (0 to 1); absent in rows written before positions were kept. */
  progress?: number;
  /** How many highlights the article has. */
  highlights?: number;
};

export const ROW_FACTS = 3;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function toRow(saved: SavedArticle): LibraryRow {
  const published = saved.publishedTime ? Date.parse(saved.publishedTime) : NaN;
  return {
    id: saved.id,
    key: saved.key,
    title: saved.title,
    siteName: saved.siteName,
    host: hostOf(saved.canonicalUrl || saved.url),
    lang: saved.lang,
    savedAt: saved.savedAt,
    updatedAt: saved.updatedAt,
    publishedAt: Number.isNaN(published) ? null : published,
    readingMinutes: saved.readingMinutes,
    read: saved.read,
    tags: [...saved.tags],
    topFacts: saved.digest.facts.top.slice(0, ROW_FACTS),
    progress: saved.position?.fraction ?? 0,
    highlights: saved.highlights?.length ?? 0,
  };
}
