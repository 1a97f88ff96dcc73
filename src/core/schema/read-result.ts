// What the read script hands back to the popup, the reader and the library: the article and its
// digest, or why the page could not be read. The content script runs in the page's process, so
// the CLI and the tests hold readPage's answer to it (the extension checks the read script's
// markup against src/contracts/page-markup.ts).
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

/** The article alone, before its digest (the joined pages of issue 12, checked on arrival). */
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
