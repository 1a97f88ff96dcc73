// Adding many documents to a MiniSearch index at once (the library's first index build, issue 16).
// MiniSearch's add() looks every word of a document up in its radix tree, once per occurrence:
// an article of 1,000 words is 1,000 tree walks, and a library repeats its vocabulary. Here the
// documents go through add() as usual (ids, stored fields, field lengths, tokenizing, processing)
// but each term occurrence is counted in a plain Map; the tree is then walked once per distinct
// term of the batch. The index is the same, term for term and in the same order, as adding the
// documents one by one (tests/unit/core/collection/search-bulk.test.ts compares the two).
import type MiniSearch from 'minisearch';

/** term -> field id -> short document id -> occurrences: MiniSearch's index data. */
type FieldTermData = Map<number, Map<number, number>>;

interface Internals {
  addTerm(fieldId: number, documentId: number, term: string): void;
  _index: { fetch(key: string, initial: () => FieldTermData): FieldTermData };
}

/** Adds `docs` (none of them indexed yet) to `index`, as index.add() would one after another. */
export function addAllAtOnce<T>(index: MiniSearch<T>, docs: Iterable<T>): void {
  const internals = index as unknown as Internals;
  const pending = new Map<string, FieldTermData>();
  // add() calls this.addTerm for each occurrence: an own property shadows the class's method.
  internals.addTerm = (fieldId, documentId, term) => {
    let fields = pending.get(term);
    if (!fields) pending.set(term, (fields = new Map()));
    let counts = fields.get(fieldId);
    if (!counts) fields.set(fieldId, (counts = new Map()));
    counts.set(documentId, (counts.get(documentId) ?? 0) + 1);
  };
  try {
    for (const doc of docs) index.add(doc);
  } finally {
    delete (internals as Partial<Internals>).addTerm;
    // Terms first met in this batch enter the tree in the order add() met them.
    for (const [term, fields] of pending) {
      const data = internals._index.fetch(term, () => new Map());
      for (const [fieldId, counts] of fields) {
        const known = data.get(fieldId);
        if (!known) data.set(fieldId, counts);
        else
          for (const [documentId, n] of counts)
            known.set(documentId, (known.get(documentId) ?? 0) + n);
      }
    }
  }
}
