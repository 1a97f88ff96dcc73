// The content script runs in the page's process: its answer is checked before any UI trusts it,
// against the read result's schema in src/core/schema (the one definition of its shape).
import * as v from 'valibot';
import { ReadResultSchema, type ReadResult } from '../core/schema/read-result';

/** The value if it is a well-formed ReadResult, else null. */
export function parseReadResult(value: unknown): ReadResult | null {
  const parsed = v.safeParse(ReadResultSchema, value);
  return parsed.success ? parsed.output : null;
}
