// Extraction of one page: extractArticle, then the checks that make it an article. The digest
// (src/platform/digest.ts in the extension, with the entity models) is a separate step, run after the article is on screen; read-page.ts puts
// the two together for the CLI and the benchmarks.
import {
  extractArticle,
  type ExtractOptions,
  READ_FAILURE_MESSAGES,
} from './extract/extract-article';
import { isReadable } from './extract/candidates';
import type { TaggerSource } from './ner/models';
import { canonicalOnSameSite } from './collection/canonical-key';
import type { Article, ExtractResult, ReadResult } from './types';

/**
 * Fewer words than this is not an article but a page with a few labels in it (a sign-in form, a
 * cookie wall, an empty shell that loads its text later); even a news brief has more.
 */
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

export type ArticleReading =
  { ok: true; article: Article; ms: number } | Extract<ReadResult, { ok: false }>;

/** Extraction alone: the article as the reader first sees it, before its digest. */
export function readArticle(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): ArticleReading {
  const start = now();
  return checkArticle(extractArticle(doc, url, options), url, () => now() - start);
}

/** The article's checks: readable prose, web addresses only. */
export function checkArticle(
  extracted: ExtractResult,
  url: string,
  ms: () => number,
): ArticleReading {
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
