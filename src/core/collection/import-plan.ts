// The merge plan of an import: which records of a library file are added, which update a saved
// article and which change nothing. Duplicates inside the file merge with each other, as with
// the library. The store looks records up (inside its transaction) and writes the plan.
import { mergeImported, sameRecord } from './record';
import type { SavedArticle } from '../schema/saved-article';

export interface ImportLookup {
  /** The saved article with this canonical key, if any. */
  byKey: (key: string) => Promise<SavedArticle | undefined>;
  /** Whether a saved article already has this id. */
  hasId: (id: string) => Promise<boolean>;
  newId: () => string;
}

export interface ImportPlan {
  /** The records to write, in the file's order of first appearance. */
  writes: SavedArticle[];
  added: number;
  updated: number;
  unchanged: number;
}

export async function planImport(
  records: readonly { record: SavedArticle }[],
  lookup: ImportLookup,
): Promise<ImportPlan> {
  const original = new Map<string, SavedArticle | undefined>();
  const pending = new Map<string, SavedArticle>();
  const pendingIds = new Set<string>();
  for (const { record } of records) {
    if (!original.has(record.key)) original.set(record.key, await lookup.byKey(record.key));
    const before = pending.get(record.key) ?? original.get(record.key);
    let incoming = record;
    // A fresh id when the file's id is taken by another article.
    if (!before && (pendingIds.has(record.id) || (await lookup.hasId(record.id)))) {
      incoming = { ...record, id: lookup.newId() };
    }
    const merged = mergeImported(before, incoming).record;
    pending.set(merged.key, merged);
    pendingIds.add(merged.id);
  }
  const plan: ImportPlan = { writes: [], added: 0, updated: 0, unchanged: 0 };
  for (const [key, record] of pending) {
    const was = original.get(key);
    if (!was) plan.added++;
    else if (sameRecord(was, record)) {
      plan.unchanged++;
      continue;
    } else plan.updated++;
    plan.writes.push(record);
  }
  return plan;
}
