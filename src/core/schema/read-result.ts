// What the read script hands back to the popup, the reader and the library: the article (its
// digest is computed in extension contexts), or why the page could not be read; and the article
// with its digest as readPage gives it in Node. The content script runs in the page's process, so
// its answer is checked against this schema before any UI trusts it (src/contracts/read-result.ts).
import * as v from 'valibot';
import { ArticleSchema } from './article';
import { DigestSchema } from './digest';

export const EXTRACT_FAILURE_REASONS = ['not-article', 'too-large', 'not-html', 'error'] as const;

const FailureSchema = v.object({
  ok: v.literal(false),
  reason: v.picklist(EXTRACT_FAILURE_REASONS),
  message: v.string(),
});

export const ReadResultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), article: ArticleSchema, digest: DigestSchema, ms: v.number() }),
  FailureSchema,
]);

/** What the read script returns: the article alone (the digest is computed elsewhere). */
export const ArticleReadResultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), article: ArticleSchema, ms: v.number() }),
  FailureSchema,
]);

export const ExtractResultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), article: ArticleSchema }),
  FailureSchema,
]);

export type ExtractFailureReason = (typeof EXTRACT_FAILURE_REASONS)[number];
export type ExtractResult = v.InferOutput<typeof ExtractResultSchema>;
export type ReadResult = v.InferOutput<typeof ReadResultSchema>;
export type ArticleReadResult = v.InferOutput<typeof ArticleReadResultSchema>;
