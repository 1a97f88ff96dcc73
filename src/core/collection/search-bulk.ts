// Adding many documents to a MiniSearch index at once (the library's first index build, issue 16).
// MiniSearch's add() processes every occurrence of every word (folding, stems) and looks each
// resulting term up in its radix tree: an article of 1,000 words is thousands of tree walks,
// though it repeats its words and a library repeats its vocabulary. Here the documents go through
// add() as usual (ids, stored fields, field lengths, tokenizing) with the term processing and the
// per-term add path swapped for the batch: a field's words are counted first, then each distinct
// word is processed once and its terms added with their counts, the tree walked once per term and
// batch. The index is the same, term for term and in the same order, as adding the documents one
// by one (tests/unit/core/collection/search-bulk.test.ts compares the two).
import type MiniSearch from 'minisearch';

/** What the index holds for a term: field id -> short document id -> occurrences. */
type FieldTermData = Map<number, Map<number, number>>;

type ProcessTerm = (term: string, field?: string) => string | string[] | null | undefined | false;

interface Internals {
  addTerm(fieldId: number, documentId: number, term: string): void;
  _index: { fetch(key: string, initial: () => FieldTermData): FieldTermData };
  _options: { processTerm: ProcessTerm };
}

/** Adds `docs` (none of them indexed yet) to `index`, as index.add() would one after another. */
export function addAllAtOnce<T>(index: MiniSearch<T>, docs: Iterable<T>): void {
  const internals = index as unknown as Internals;
  const options = internals._options;
  const { processTerm } = options;
  const tree = internals._index;
  const entries = new Map<string, FieldTermData>();
  // The words of the field being read, in the order first met, with their counts.
  let words = new Map<string, number>();
  let fieldId = -1;
  let documentId = -1;
  const addTerm = (term: string, n: number) => {
    let data = entries.get(term);
    if (!data) entries.set(term, (data = tree.fetch(term, () => new Map())));
    const counts = data.get(fieldId);
    if (!counts) {
      const fresh = new Map<number, number>();
      fresh.set(documentId, n);
      data.set(fieldId, fresh);
    } else counts.set(documentId, (counts.get(documentId) ?? 0) + n);
  };
  const flush = () => {
    for (const [word, n] of words) {
      const terms = processTerm(word);
      if (Array.isArray(terms)) for (const term of terms) addTerm(term, n);
      else if (terms) addTerm(terms, n);
    }
    words = new Map();
  };
  // add() processes each word with options.processTerm, then calls this.addTerm: the word is
  // passed through as it is, and counted (an own property shadows the class's method).
  internals._options = { ...options, processTerm: (term: string) => term };
  internals.addTerm = (field, doc, word) => {
    if (field !== fieldId || doc !== documentId) {
      flush();
      fieldId = field;
      documentId = doc;
    }
    words.set(word, (words.get(word) ?? 0) + 1);
  };
  try {
    for (const doc of docs) index.add(doc);
  } finally {
    internals._options = options;
    delete (internals as Partial<Internals>).addTerm;
    flush();
  }
}
