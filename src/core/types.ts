// Plain data shapes shared by every layer. src/core produces them; glue moves them; UIs show them.

/** Why a block was taken out of the article: one word the UI can translate. */
export type RemovedKind =
  | 'share'
  | 'comments'
  | 'related'
  | 'newsletter'
  | 'ad'
  | 'mobile-switcher'
  | 'author-bio'
  | 'tags'
  | 'breadcrumb'
  | 'dateline'
  | 'navigation'
  | 'other';

export interface RemovedBlock {
  kind: RemovedKind;
  /** The first characters of the removed text, for a person to recognise it. */
  text: string;
}

export interface Article {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary subtag ("id", "en", "ms", ...) or "und". */
  lang: string;
  /** ISO 8601, or null when the page does not say. */
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Cleaned article HTML. Untrusted: it must pass src/core/sanitize at every sink. */
  html: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  removed: RemovedBlock[];
}

export type ExtractFailureReason = 'not-article' | 'too-large' | 'not-html' | 'error';

export type ExtractResult =
  { ok: true; article: Article } | { ok: false; reason: ExtractFailureReason; message: string };

export interface PersonFact {
  name: string;
  role: string | null;
  sentence: number;
}
export interface NamedFact {
  name: string;
  sentence: number;
}
export interface DateFact {
  text: string;
  iso: string;
  sentence: number;
  /** 0..1; lowered when a weekday contradicts the date, or the date is relative. */
  confidence: number;
}
export interface NumberFact {
  text: string;
  value: number;
  unit: string | null;
  sentence: number;
}
export interface QuoteFact {
  text: string;
  speaker: string | null;
  sentence: number;
}

export type KeyFact =
  | { kind: 'person'; label: string; detail: string | null; sentence: number }
  | { kind: 'place'; label: string; detail: null; sentence: number }
  | { kind: 'organization'; label: string; detail: null; sentence: number }
  | { kind: 'date'; label: string; detail: string; sentence: number }
  | { kind: 'number'; label: string; detail: string | null; sentence: number }
  | { kind: 'quote'; label: string; detail: string | null; sentence: number };

export interface Facts {
  people: PersonFact[];
  places: NamedFact[];
  organizations: NamedFact[];
  dates: DateFact[];
  numbers: NumberFact[];
  quotes: QuoteFact[];
  /** At most 8, ranked, for the card. */
  top: KeyFact[];
}

export interface SummarySentence {
  text: string;
  sentence: number;
}

export interface Digest {
  lang: string;
  sentences: string[];
  summary: SummarySentence[];
  facts: Facts;
}

/** What the content script hands back to the popup, the reader and the library. */
export type ReadResult =
  | { ok: true; article: Article; digest: Digest; ms: number }
  | { ok: false; reason: ExtractFailureReason; message: string };
