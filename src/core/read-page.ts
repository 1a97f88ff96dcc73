// The whole reading pipeline for one page: extraction, then the digest (facts and summary).
// Used by the content script, the CLI and the benchmarks.
import { extractArticle, type ExtractOptions } from './extract/extract-article';
import { analyze } from './analyze';
import type { ReadResult } from './types';

export interface ReadPageOptions extends ExtractOptions {
  summarySentences?: number;
}

export function readPage(doc: Document, url: string, options: ReadPageOptions = {}, now: () => number = () => performance.now()): ReadResult {
  const start = now();
  const extracted = extractArticle(doc, url, options);
  if (!extracted.ok) return extracted;
  const { article } = extracted;
  const digest = analyze(article.text.split(/\n{2,}/), {
    lang: article.lang,
    publishedTime: article.publishedTime,
    title: article.title,
    summarySentences: options.summarySentences ?? 3,
  });
  return { ok: true, article, digest, ms: now() - start };
}
