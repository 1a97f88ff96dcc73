// The whole reading pipeline for one page: extraction, then the digest (facts and summary).
// Used by the content script, the CLI and the benchmarks.
import { extractArticle, type ExtractOptions } from './extract/extract-article';
import { analyze } from './analyze';
import type { ReadResult } from './types';

/**
 * Fewer words than this is not an article but a page with a few labels in it (a sign-in form, a
 * cookie wall, an empty shell that loads its text later); even a news brief has more.
 */
export const MIN_ARTICLE_WORDS = 30;

export interface ReadPageOptions extends ExtractOptions {
  summarySentences?: number;
}

export function readPage(doc: Document, url: string, options: ReadPageOptions = {}, now: () => number = () => performance.now()): ReadResult {
  const start = now();
  const extracted = extractArticle(doc, url, options);
  if (!extracted.ok) return extracted;
  const { article } = extracted;
  if (article.wordCount < MIN_ARTICLE_WORDS) return { ok: false, reason: 'not-article', message: 'This page has no article.' };
  const digest = analyze(article.text.split(/\n{2,}/), {
    lang: article.lang,
    publishedTime: article.publishedTime,
    title: article.title,
    summarySentences: options.summarySentences ?? 3,
  });
  return { ok: true, article, digest, ms: now() - start };
}
