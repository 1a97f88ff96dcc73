// The Ringkas library JSON format: complete (every field of every record), versioned, and the
// only format import reads. Import checks the envelope, then each article on its own, so one
// bad entry is reported with its index and reason while the file as a whole can still load.
import * as v from 'valibot';
import { canonicalKey } from './canonical-key';
import { migrateRecord } from './migrate';
import { describeIssues } from '../schema/describe-issues';
import {
  IMPORT_LIMITS,
  LIBRARY_FORMAT,
  LIBRARY_FORMAT_VERSION,
  LibraryEnvelopeSchema,
  type LibraryFile,
} from '../schema/library-file';
import { SavedArticleSchema, type SavedArticle } from '../schema/saved-article';
import { normaliseTags } from './tags';
import type { ImportedImage } from './library-zip';

export function toLibraryFile(articles: readonly SavedArticle[], now: Date): LibraryFile {
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    count: articles.length,
    articles: [...articles],
  };
}

export function exportLibraryJson(articles: readonly SavedArticle[], now: Date): string {
  return JSON.stringify(toLibraryFile(articles, now));
}

export interface Rejection {
  index: number;
  reason: string;
}

export type ParsedImport =
  | {
      ok: true;
      records: { index: number; record: SavedArticle }[];
      rejected: Rejection[];
      /** The images of a library zip (library-zip.ts), by the file's article ids. */
      images?: ImportedImage[];
      /** Images of the zip left out (an unknown article, a missing or damaged file). */
      imagesSkipped?: number;
    }
  | { ok: false; reason: string };

export interface ParseOptions {
  /** Sanitises article HTML again: an import file may have been edited by anyone. */
  sanitize: (html: string) => string;
  /** Makes an id when the file's id is missing. */
  newId: () => string;
  limits?: Partial<typeof IMPORT_LIMITS>;
  /** Told as the articles are checked: (checked so far, all in the file). */
  onProgress?: (done: number, total: number) => void;
}

/** How often checking reports progress, in articles. */
const PROGRESS_EVERY = 25;

/**
 * Checks a library file without sanitising its HTML (no DOM needed: the library runs this in a
 * worker, then sanitises each accepted article where DOMPurify has a document). Nothing is written.
 */
export function checkLibraryFile(
  text: string,
  options: Omit<ParseOptions, 'sanitize'>,
): ParsedImport {
  return parseLibraryFile(text, { ...options, sanitize: (html) => html });
}

/** Checks a library file; nothing is written here. */
export function parseLibraryFile(text: string, options: ParseOptions): ParsedImport {
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      reason: `The file is too large (more than ${Math.round(limits.maxChars / 1048576)} MB).`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  const envelope = v.safeParse(LibraryEnvelopeSchema, data);
  if (!envelope.success) {
    return {
      ok: false,
      reason: `The file is not a Ringkas library: ${describeIssues(envelope.issues)}.`,
    };
  }
  const { version, articles } = envelope.output;
  if (version > LIBRARY_FORMAT_VERSION) {
    return {
      ok: false,
      reason: `The file was made by a newer Ringkas (format ${version}); update Ringkas first.`,
    };
  }
  if (version < 1) return { ok: false, reason: `Unknown format version ${version}.` };
  if (articles.length > limits.maxArticles) {
    return {
      ok: false,
      reason: `The file holds ${articles.length} articles; at most ${limits.maxArticles} can be imported at once.`,
    };
  }
  const records: { index: number; record: SavedArticle }[] = [];
  const rejected: Rejection[] = [];
  articles.forEach((raw, index) => {
    if (options.onProgress && index % PROGRESS_EVERY === 0)
      options.onProgress(index, articles.length);
    const migrated = migrateRecord(raw, options.newId);
    if (!migrated.ok) {
      rejected.push({ index, reason: migrated.reason });
      return;
    }
    const checked = v.safeParse(SavedArticleSchema, migrated.value);
    if (!checked.success) {
      rejected.push({ index, reason: describeIssues(checked.issues) });
      return;
    }
    const record = checked.output;
    records.push({
      index,
      record: {
        ...record,
        html: options.sanitize(record.html),
        // The key is recomputed: a file cannot make two different articles one entry.
        key: canonicalKey(record.canonicalUrl, record.url),
        tags: normaliseTags(record.tags),
        updatedAt: Math.max(record.updatedAt, record.savedAt),
      },
    });
  });
  options.onProgress?.(articles.length, articles.length);
  return { ok: true, records, rejected };
}
