// The content script runs in the page's process: its answer is checked before any UI trusts it,
// against the read result's schema in src/core/schema (the one definition of its shape). So is
// the background's digest for the in-page reader.
import * as v from 'valibot';
import { ArticleReadResultSchema, type ArticleReadResult } from '../core/schema/read-result';
import { DigestSchema } from '../core/schema/digest';
import type { Digest } from '../core/types';

/** The value if it is a well-formed answer of the read script (the article alone), else null. */
export function parseReadResult(value: unknown): ArticleReadResult | null {
  const parsed = v.safeParse(ArticleReadResultSchema, value);
  return parsed.success ? parsed.output : null;
}

/** The value if it is a well-formed digest, else null. */
export function parseDigest(value: unknown): Digest | null {
  const parsed = v.safeParse(DigestSchema, value);
  return parsed.success ? parsed.output : null;
}
