// The background's digest for the in-page reader crosses a message: it is checked before the
// reader trusts it, against the digest's schema in src/core/schema (the one definition of its
// shape). The read script's markup is checked in src/contracts/page-markup.ts.
import * as v from 'valibot';
import { DigestSchema } from '../core/schema/digest';
import type { Digest } from '../core/types';

/** The value if it is a well-formed digest, else null. */
export function parseDigest(value: unknown): Digest | null {
  const parsed = v.safeParse(DigestSchema, value);
  return parsed.success ? parsed.output : null;
}
