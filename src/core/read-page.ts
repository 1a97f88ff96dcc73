// The whole reading pipeline for one page in one call: extraction, then the digest (facts and
// summary). Used by the CLI, the benchmarks and the tests; the extension runs the two apart (the
// digest with the entity models in src/platform/digest.ts, never in the page).
import { readArticle, type ReadPageOptions } from './read-article';
import { articleDigest } from './analyze';
import { DEFAULT_SENTENCES } from './summary/summarize';
import type { ReadResult } from './types';

export {
  MIN_ARTICLE_WORDS,
  readArticle,
  type ArticleReading,
  type ReadPageOptions,
} from './read-article';

/** Extraction and digest in one call (the CLI, the benchmarks and the tests, in Node). */
export function readPage(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): ReadResult {
  const start = now();
  const read = readArticle(doc, url, options, now);
  if (!read.ok) return read;
  const digest = articleDigest(read.article, {
    summarySentences: options.summarySentences ?? DEFAULT_SENTENCES,
    taggers: options.taggers ?? null,
  });
  return { ok: true, article: read.article, digest, ms: now() - start };
}
