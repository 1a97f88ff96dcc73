// Tags of a saved article, as the library keeps them.
import { RECORD_LIMITS } from '../schema/limits';

/** Tags are trimmed, kept once (case-insensitively), in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, RECORD_LIMITS.tag);
    const folded = tag.toLocaleLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
    if (out.length >= RECORD_LIMITS.tags) break;
  }
  return out;
}
