// Full-text search over the library: title, text, people, places and organisations, tolerant of
// typos (edit distance scaled to the word length) and of prefixes (the word being typed).
// The index is built once, kept up to date one record at a time, and serialised so the library
// page does not rebuild it on every visit.
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import type { SavedArticle } from '../schema/saved-article';
import { stemsOf } from '../text/stem';
import { addAllAtOnce } from './search-bulk';

export const SEARCH_FIELDS = [
  'title',
  'text',
  'people',
  'places',
  'organizations',
  'notes',
] as const;

/**
 * The shape of what the index holds; a snapshot of another version is rebuilt. 2: stems
 * (core/text/stem.ts) beside each word, and the highlights and notes.
 */
export const INDEX_VERSION = 2;

/** What the index reads from a record: plain strings, nothing else. */
export interface SearchDoc {
  id: string;
  title: string;
  text: string;
  people: string;
  places: string;
  organizations: string;
  /** The highlighted passages and their notes. */
  notes: string;
}

export function toSearchDoc(record: SavedArticle): SearchDoc {
  const { facts } = record.digest;
  return {
    id: record.id,
    title: record.title,
    text: record.text,
    people: facts.people.map((p) => p.name).join(' \n '),
    places: facts.places.map((p) => p.name).join(' \n '),
    organizations: facts.organizations.map((o) => o.name).join(' \n '),
    notes: (record.highlights ?? []).map((h) => `${h.exact} \n ${h.note}`).join(' \n '),
  };
}

const WORD = /[\p{L}\p{N}_]+/gu;
const MARKS = /\p{M}+/gu;

/** Words in any script; letter case and accents do not matter ("Jose" finds "José"). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}
export function foldTerm(term: string): string | null {
  const folded = term.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return folded || null;
}

const MAX_TERMS = 200_000;
const termCache = new Map<string, readonly string[] | null>();

/**
 * A word as indexed: itself and its stems, so "dibangun" is found by "membangun". Memoised per
 * word as written (folding and stemming once for each distinct word, not each occurrence).
 */
export function indexTerms(term: string): readonly string[] | null {
  const known = termCache.get(term);
  if (known !== undefined) return known;
  const folded = foldTerm(term);
  const terms = folded ? [folded, ...stemsOf(folded)] : null;
  if (termCache.size >= MAX_TERMS) termCache.clear();
  termCache.set(term, terms);
  return terms;
}

/** Typos allowed: none for short words, one from 5 letters, two from 9. */
export function fuzzyFor(term: string): number {
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, people: 2, places: 1.5, organizations: 1.5, notes: 2 },
  // Every word must match (typed queries narrow as they grow); the last is being typed.
  combineWith: 'AND',
  fuzzy: (term) => fuzzyFor(term),
  maxFuzzy: 2,
  weights: { fuzzy: 0.45, prefix: 0.75 },
  // A query word is looked up as typed (folded); its stems are separate, exact queries.
  processTerm: foldTerm,
};

/** The fields holding names and short texts, where a three-letter prefix is still telling. */
export const SHORT_FIELDS = ['title', 'people', 'places', 'organizations', 'notes'] as const;

/**
 * Where the word being typed is looked up as a prefix: every field from four letters; with three,
 * only titles, names and notes (in the article text a three-letter prefix matches thousands of
 * words, slow and no help); shorter, nowhere.
 */
export function prefixFields(word: string): readonly (typeof SEARCH_FIELDS)[number][] {
  if (word.length >= 4) return SEARCH_FIELDS;
  if (word.length === 3) return SHORT_FIELDS;
  return [];
}

/**
 * One query word: the word itself, with typos and (the last word, see prefixFields) as a
 * prefix, or any of its stems exactly. A document with the word itself matches both and ranks
 * above one with another form of it.
 */
function wordQuery(word: string, last: boolean): Query | null {
  const folded = foldTerm(word);
  if (!folded) return null;
  const stems = stemsOf(folded);
  const asTyped = typedQuery(folded, last ? prefixFields(folded) : []);
  if (!stems.length) return asTyped;
  return {
    combineWith: 'OR',
    queries: [asTyped, { queries: [...stems], fuzzy: false, prefix: false, combineWith: 'OR' }],
  };
}

/** The word as typed: a prefix in `prefixed`, whole (with typos) in the other fields. */
function typedQuery(folded: string, prefixed: readonly string[]): Query {
  if (!prefixed.length) return { queries: [folded], prefix: false };
  if (prefixed.length === SEARCH_FIELDS.length) return { queries: [folded], prefix: true };
  const whole = SEARCH_FIELDS.filter((field) => !prefixed.includes(field));
  return {
    combineWith: 'OR',
    queries: [
      { queries: [folded], prefix: true, fields: [...prefixed] },
      { queries: [folded], prefix: false, fields: whole },
    ],
  };
}

const OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize,
  // MiniSearch only reads the arrays it is given: the memoised ones are shared.
  processTerm: indexTerms as (term: string) => string[] | null,
  searchOptions: SEARCH_OPTIONS,
  // No background vacuuming: it ran in batches across awaits while other updates came in (two
  // tabs importing at once threw). The owner vacuums between updates (vacuumIfDirty).
  autoVacuum: false,
};

export interface SearchHit {
  id: string;
  score: number;
}

export class LibrarySearch {
  private constructor(private readonly index: MiniSearch<SearchDoc>) {}

  static empty(): LibrarySearch {
    return new LibrarySearch(new MiniSearch<SearchDoc>(OPTIONS));
  }

  static build(records: Iterable<SavedArticle>): LibrarySearch {
    const search = LibrarySearch.empty();
    search.putAll(records);
    return search;
  }

  /** From a string made by toJSON(); throws if it is not one. */
  static load(json: string): LibrarySearch {
    return new LibrarySearch(MiniSearch.loadJSON<SearchDoc>(json, OPTIONS));
  }

  get size(): number {
    return this.index.documentCount;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Adds a record, or replaces the version already indexed. */
  put(record: SavedArticle): void {
    const doc = toSearchDoc(record);
    if (this.index.has(doc.id)) this.index.replace(doc);
    else this.index.add(doc);
  }

  /**
   * Adds or replaces many records at once: the same index as put() for each in turn, faster (new
   * records are added in bulk, search-bulk.ts).
   */
  putAll(records: Iterable<SavedArticle>): void {
    let fresh: SearchDoc[] = [];
    const seen = new Set<string>();
    const flush = () => {
      addAllAtOnce(this.index, fresh);
      fresh = [];
      seen.clear();
    };
    for (const record of records) {
      const doc = toSearchDoc(record);
      if (seen.has(doc.id)) flush();
      if (this.index.has(doc.id)) {
        flush();
        this.index.replace(doc);
      } else {
        fresh.push(doc);
        seen.add(doc.id);
      }
    }
    flush();
  }

  /** Drops discarded documents' terms when enough have piled up; call between updates. */
  async vacuumIfDirty(): Promise<void> {
    if (this.index.dirtCount < 50 || this.index.dirtFactor < 0.1) return;
    await this.index.vacuum({ batchSize: 500, batchWait: 0 });
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  search(query: string, limit = Infinity): SearchHit[] {
    // A word typed twice narrows nothing and doubles the work.
    const words = [...new Set(tokenize(query))];
    if (!words.length) return [];
    const queries = words
      .map((word, i) => wordQuery(word, i === words.length - 1))
      .filter((q): q is Query => q !== null);
    if (!queries.length) return [];
    const hits = this.index.search({ combineWith: 'AND', queries });
    const out: SearchHit[] = [];
    for (const hit of hits) {
      out.push({ id: String(hit.id), score: hit.score });
      if (out.length >= limit) break;
    }
    return out;
  }

  toJSON(): string {
    return JSON.stringify(this.index);
  }
}
