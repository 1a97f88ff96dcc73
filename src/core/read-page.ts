// The whole reading pipeline for one page: extraction, then the digest (facts and summary).
// Used by the content script, the CLI and the benchmarks.
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
import { analyze } from './analyze';
import { DEFAULT_SENTENCES } from './summary/summarize';
import type { Article, ExtractResult, ReadResult } from './types';

/** Without a run of prose, fewer words than this are labels (a form, a notice), not an article. */
export const MIN_ARTICLE_WORDS = 30;

export interface ReadPageOptions extends ExtractOptions {
  summarySentences?: number;
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
}

/** The article's checks and its digest. */
function finish(
  extracted: ExtractResult,
  url: string,
  options: ReadPageOptions,
  ms: () => number,
): ReadResult {
  if (!extracted.ok) return extracted;
  const { article } = extracted;
  // "No article" is for a page with no run of prose (src/core/extract/candidates.ts) that is
  // also shorter than the old floor: a brief with a sentence is read, a sign-in form is not,
  // and no page Readability read before is refused now.
  if (!isReadable(article.text) && article.wordCount < MIN_ARTICLE_WORDS)
    return { ok: false, reason: 'not-article', message: READ_FAILURE_MESSAGES['not-article'] };
  webAddressesOnly(article, url);
  const digest = analyze(article.text.split(/\n{2,}/), {
    lang: article.lang,
    publishedTime: article.publishedTime,
    title: article.title,
    summarySentences: options.summarySentences ?? DEFAULT_SENTENCES,
  });
  return { ok: true, article, digest, ms: ms() };
}

export function readPage(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): ReadResult {
  const start = now();
  const extracted = extractPage(doc, url, options);
  return finish(
    extracted.ok ? articleOf(extracted.page) : extracted,
    url,
    options,
    () => now() - start,
  );
}

export interface JoinedReading {
  result: ReadResult;
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
 * pipeline and joined in order. A page that cannot be read is counted as failed.
 */
export function readPages(
  collected: CollectedPages,
  liveUrl: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): JoinedReading {
  const start = now();
  const failed = [...collected.failed];
  const extracted: { page: ExtractedPage; number: number }[] = [];
  let firstFailure: ReadResult | null = null;
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
  const result = finish(
    articleOf({ ...joined, url: liveUrl }),
    liveUrl,
    options,
    () => now() - start,
  );
  return {
    result,
    // The single-page version holds every page.
    joined: collected.showAll ? total : numbers.length,
    failed,
    total: total - (extracted.length - numbers.length),
  };
}
