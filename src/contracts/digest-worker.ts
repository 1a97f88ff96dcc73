// Messages between an extension page and its digest worker (src/platform/digest-worker.ts): the
// page asks for a language's model early (a hint from the page's markup) and for the digest of
// the article once it has one; the worker answers with the digest and when its stages ended
// (epoch milliseconds, for the browser benchmark's stage marks). Both sides check what they get.
import * as v from 'valibot';
import type { Digest } from '../core/types';
import { parseDigest } from './read-result';

/** What the digest reads of an article (Article's fields of these names). */
export interface DigestWorkerArticle {
  text: string;
  lang: string;
  publishedTime: string | null;
  title: string;
}

export type DigestWorkerRequest =
  /** The page's language, and a short text of it (title, description) to warm the digest on. */
  | { type: 'prepare'; lang: string; sample?: string }
  | { type: 'digest'; id: number; article: DigestWorkerArticle; summarySentences: number };

/** When the worker's stages ended, in epoch milliseconds (performance.timeOrigin + now()). */
export interface DigestTiming {
  /** The article's model was ready (absent for a language without one). */
  modelAt?: number;
  /** The digest was computed. */
  doneAt: number;
}

export type DigestWorkerAnswer =
  | { type: 'digest'; id: number; ok: true; digest: Digest; timing: DigestTiming }
  | { type: 'digest'; id: number; ok: false; message: string };

/** The longest warm-up sample the worker takes. */
export const MAX_SAMPLE_CHARS = 1000;

const RequestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('prepare'),
    lang: v.pipe(v.string(), v.maxLength(35)),
    sample: v.optional(v.pipe(v.string(), v.maxLength(MAX_SAMPLE_CHARS))),
  }),
  v.strictObject({
    type: v.literal('digest'),
    id: v.number(),
    article: v.object({
      text: v.string(),
      lang: v.string(),
      publishedTime: v.nullable(v.string()),
      title: v.string(),
    }),
    summarySentences: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50)),
  }),
]);

const AnswerSchema = v.variant('ok', [
  v.strictObject({
    type: v.literal('digest'),
    id: v.number(),
    ok: v.literal(true),
    digest: v.unknown(),
    timing: v.strictObject({ modelAt: v.optional(v.number()), doneAt: v.number() }),
  }),
  v.strictObject({
    type: v.literal('digest'),
    id: v.number(),
    ok: v.literal(false),
    message: v.string(),
  }),
]);

/** The value if it is a well-formed request to the digest worker, else null. */
export function parseDigestRequest(value: unknown): DigestWorkerRequest | null {
  const parsed = v.safeParse(RequestSchema, value);
  return parsed.success ? (parsed.output as DigestWorkerRequest) : null;
}

/** The value if it is a well-formed answer of the digest worker (its digest checked too). */
export function parseDigestAnswer(value: unknown): DigestWorkerAnswer | null {
  const parsed = v.safeParse(AnswerSchema, value);
  if (!parsed.success) return null;
  const answer = parsed.output;
  if (!answer.ok) return answer;
  const digest = parseDigest(answer.digest);
  return digest ? { ...answer, digest } : null;
}
