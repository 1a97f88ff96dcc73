// The reading pipeline for one page: extraction (readArticle, what the read script runs), then
// the digest (readPage does both, for the CLI, the benchmarks and the tests).
import {
  articleOf,
  extractPage,
  type ExtractedPage,
  type ExtractOptions,
  READ_FAILURE_MESSAGES,
} from './extract/extract-article';
import type { CollectedPages } from './extract/collect-pages';
import { joinPages } from './extract/join-pages';
import { isReadable } from './extract/candidates';
import { articleDigest } from './analyze';
import type { TaggerSource } from './ner/models';
import { DEFAULT_SENTENCES } from './summary/summarize';
import { canonicalOnSameSite } from './collection/canonical-key';
import type { Article, ArticleReadResult, ExtractResult, ReadResult } from './types';

/** Without a run of prose, fewer words than this are labels (a form, a notice), not an article. */
export const MIN_ARTICLE_WORDS = 30;

export interface ReadPageOptions extends ExtractOptions {
  summarySentences?: number;
  /** The entity taggers (Node: src/cli/ner-models.ts); without them, the rules alone. */
  taggers?: TaggerSource | null;
}

/** Addresses the UI opens or loads outside the sanitiser (the "open original" link, the lead image). */
const WEB_URL = /^https?:\/\//i;

/**
 * A page chooses its own canonical URL and images: a javascript: or data: address there must not
 * reach a link, an <img> or the library (which refuses anything but http(s) and would then fail to
 * save the article). Found by the hostile-page suite (tests/fixtures/hostile/urls.html).
 */
function webAddressesOnly(article: Article, url: string): void {
  if (article.leadImage !== null && !WEB_URL.test(article.leadImage)) article.leadImage = null;
  if (article.canonicalUrl !== url && !WEB_URL.test(article.canonicalUrl))
    article.canonicalUrl = url;
  // A canonical link to another site is the page's claim, not a fact: the page keeps its own URL.
  if (!canonicalOnSameSite(article.canonicalUrl, url)) article.canonicalUrl = url;
}

/** The article's checks: readable prose, web addresses only. */
function finish(extracted: ExtractResult, url: string, ms: () => number): ArticleReadResult {
  if (!extracted.ok) return extracted;
  const { article } = extracted;
  // "No article" is for a page with no run of prose (src/core/extract/candidates.ts) that is
  // also shorter than the old floor: a brief with a sentence is read, a sign-in form is not,
  // and no page Readability read before is refused now.
  if (!isReadable(article.text) && article.wordCount < MIN_ARTICLE_WORDS)
    return { ok: false, reason: 'not-article', message: READ_FAILURE_MESSAGES['not-article'] };
  webAddressesOnly(article, url);
  return { ok: true, article, ms: ms() };
}

/**
 * Extraction alone: what the read script runs and returns. The digest (facts and summary, with
 * the entity model) is computed in an extension context, never in the page (src/platform/digest.ts).
 */
export function readArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
  now: () => number = () => performance.now(),
): ArticleReadResult {
  const start = now();
  const extracted = extractPage(doc, url, options);
  return finish(extracted.ok ? articleOf(extracted.page) : extracted, url, () => now() - start);
}

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

/**
 * An article split over pages, read whole: the pages collectPages gathered (page one first; the
 * one being read may be a live page, the others private documents), each extracted by the same
 * pipeline and joined in order. A page that cannot be read is counted as failed. Extraction
 * alone, like readArticle: the joined article's digest is computed outside the page.
 */
export function readPages(
  collected: CollectedPages,
  liveUrl: string,
  options: ExtractOptions = {},
  now: () => number = () => performance.now(),
): JoinedReading {
  const start = now();
  const failed = [...collected.failed];
  const extracted: { page: ExtractedPage; number: number }[] = [];
  let firstFailure: ArticleReadResult | null = null;
  for (const { doc, url, number } of collected.pages) {
    const live = url === liveUrl && !collected.showAll;
    const result = extractPage(doc, url, {
      ...options,
      disposableDocument: live ? options.disposableDocument === true : true,
    });
    if (result.ok) extracted.push({ page: result.page, number });
    else {
      failed.push(number);
      firstFailure ??= result;
    }
  }
  failed.sort((a, b) => a - b);
  const total = collected.total;
  if (!extracted.length)
    return {
      result: firstFailure ?? { ok: false, reason: 'error', message: READ_FAILURE_MESSAGES.error },
      joined: 0,
      failed,
      total,
    };
  const { page: joined, joined: numbers } = joinPages(extracted);
  // The article keeps the address being read; its metadata are page one's.
  const result = finish(articleOf({ ...joined, url: liveUrl }), liveUrl, () => now() - start);
  return {
    result,
    // The single-page version holds every page.
    joined: collected.showAll ? total : numbers.length,
    failed,
    total: total - (extracted.length - numbers.length),
  };
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
