// The whole reading pipeline for one page: extraction, then the digest (facts and summary).
// Used by the content script, the CLI and the benchmarks.
import {
  extractArticle,
  type ExtractOptions,
  READ_FAILURE_MESSAGES,
} from './extract/extract-article';
import { analyze } from './analyze';
import { DEFAULT_SENTENCES } from './summary/summarize';
import { canonicalOnSameSite } from './collection/canonical-key';
import type { Article, ReadResult } from './types';

/**
 * Fewer words than this is not an article but a page with a few labels in it (a sign-in form, a
 * cookie wall, an empty shell that loads its text later); even a news brief has more.
 */
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
  // A canonical link to another site is the page's claim, not a fact: the page keeps its own URL.
  if (!canonicalOnSameSite(article.canonicalUrl, url)) article.canonicalUrl = url;
}

export function readPage(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): ReadResult {
  const start = now();
  const extracted = extractArticle(doc, url, options);
  if (!extracted.ok) return extracted;
  const { article } = extracted;
  if (article.wordCount < MIN_ARTICLE_WORDS)
    return { ok: false, reason: 'not-article', message: READ_FAILURE_MESSAGES['not-article'] };
  webAddressesOnly(article, url);
  const digest = analyze(article.text.split(/\n{2,}/), {
    lang: article.lang,
    publishedTime: article.publishedTime,
    title: article.title,
    summarySentences: options.summarySentences ?? DEFAULT_SENTENCES,
  });
  return { ok: true, article, digest, ms: now() - start };
}
