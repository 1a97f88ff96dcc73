// Plain data shapes shared by every layer, as the schemas in src/core/schema define them.
// src/core produces them; glue moves them; UIs show them. Declare a shape there, never here.
export type { Article, RemovedBlock, RemovedKind } from './schema/article';
export type {
  DateFact,
  Digest,
  FactKind,
  Facts,
  KeyFact,
  NamedFact,
  NumberFact,
  PersonFact,
  QuoteFact,
  SummarySentence,
} from './schema/digest';
export type {
  ArticleReadResult,
  ExtractFailureReason,
  ExtractResult,
  ReadResult,
} from './schema/read-result';
export type { SavedArticle } from './schema/saved-article';
export type { LibraryFile } from './schema/library-file';
