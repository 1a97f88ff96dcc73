// The whole reading pipeline in one call: extraction, then the digest (facts and summary). Used
// by the CLI, the benchmarks and the tests; the extension runs the two apart (the digest with the
// entity models in src/platform/digest.ts, never in the page). readPages joins an article split
// over pages (issue 12) from documents the caller parsed, in an extension context or in Node.
import { checkArticle, readArticle, type ReadPageOptions } from './read-article';
import {
  articleOf,
  extractPage,
  type ExtractOptions,
  READ_FAILURE_MESSAGES,
} from './extract/extract-article';
import type { CollectedPages } from './extract/collect-pages';
import { startJoin, type PageJoin } from './extract/join-pages';
import { articleDigest } from './analyze';
import { DEFAULT_SENTENCES } from './summary/summarize';
import type { ArticleReadResult, ReadResult } from './types';

export {
  MIN_ARTICLE_WORDS,
  readArticle,
  type ArticleReading,
  type ReadPageOptions,
} from './read-article';

/** The digest of an article read, for the callers in Node (the CLI, the benchmarks, the tests). */
function withDigest(
  read: ArticleReadResult,
  options: ReadPageOptions,
  ms: () => number,
): ReadResult {
  if (!read.ok) return read;
  const digest = articleDigest(read.article, {
    summarySentences: options.summarySentences ?? DEFAULT_SENTENCES,
    taggers: options.taggers ?? null,
  });
  return { ok: true, article: read.article, digest, ms: ms() };
}

/** Extraction and digest in one call (the CLI, the benchmarks and the tests, in Node). */
export function readPage(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): ReadResult {
  const start = now();
  return withDigest(readArticle(doc, url, options, now), options, () => now() - start);
}

export interface JoinedReading<R = ArticleReadResult> {
  result: R;
  /** Pages whose text is in the result. */
  joined: number;
  /** Numbers of the pages found that could not be loaded or read. */
  failed: number[];
  /** Pages the article has, as far as its links tell (at most PAGINATION.maxPages). */
  total: number;
}

/** An article's pages read one at a time, in reading order (page one first). */
export interface PageByPage {
  /** Extracts a page that loaded and joins it to those before it (null: it did not load). */
  add: (page: { number: number; url: string; doc: Document | null }) => void;
  /** The article joined so far, of `total` pages found (`notLoaded`: failed elsewhere). */
  reading: (total: number, notLoaded?: number[]) => JoinedReading;
}

/**
 * readPages as the pages come (the popup shows the article growing): each page is extracted by
 * the same pipeline when it is added, and joined to the pages before it.
 */
export function pageByPage(
  liveUrl: string,
  options: ExtractOptions = {},
  showAll = false,
  now: () => number = () => performance.now(),
): PageByPage {
  const start = now();
  const failed: number[] = [];
  let join: PageJoin | null = null;
  let added = 0;
  let firstFailure: ArticleReadResult | null = null;
  return {
    add({ doc, url, number }) {
      if (!doc) {
        failed.push(number);
        return;
      }
      const live = url === liveUrl && !showAll;
      const result = extractPage(doc, url, {
        ...options,
        disposableDocument: live ? options.disposableDocument === true : true,
      });
      if (!result.ok) {
        failed.push(number);
        firstFailure ??= result;
        return;
      }
      added++;
      if (join) join.add(result.page, number);
      else join = startJoin(result.page, number);
    },
    reading(total, notLoaded = []) {
      const all = [...new Set([...failed, ...notLoaded])].sort((a, b) => a - b);
      if (!join)
        return {
          result: firstFailure ?? {
            ok: false,
            reason: 'error',
            message: READ_FAILURE_MESSAGES.error,
          },
          joined: 0,
          failed: all,
          total,
        };
      const { page: joined, joined: numbers } = join.result();
      // The article keeps the address being read; its metadata are page one's.
      const result = checkArticle(
        articleOf({ ...joined, url: liveUrl }),
        liveUrl,
        () => now() - start,
      );
      return {
        result,
        // The single-page version holds every page.
        joined: showAll ? total : numbers.length,
        failed: all,
        total: total - (added - numbers.length),
      };
    },
  };
}

/**
 * An article split over pages, read whole: the pages collectPages gathered (page one first; the
 * one being read may be a live page, the others private documents), each extracted by the same
 * pipeline and joined in order. A page that cannot be read is counted as failed. Extraction
 * alone, like readArticle: the joined article's digest is a separate step.
 */
export function readPages(
  collected: CollectedPages,
  liveUrl: string,
  options: ExtractOptions = {},
  now: () => number = () => performance.now(),
): JoinedReading {
  const reader = pageByPage(liveUrl, options, collected.showAll, now);
  for (const page of collected.pages) reader.add(page);
  return reader.reading(collected.total, collected.failed);
}

/** readPages and the joined article's digest in one call (the CLI and the tests, in Node). */
export function readPagesWithDigest(
  collected: CollectedPages,
  liveUrl: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): JoinedReading<ReadResult> {
  const start = now();
  const reading = readPages(collected, liveUrl, options, now);
  return { ...reading, result: withDigest(reading.result, options, () => now() - start) };
}
