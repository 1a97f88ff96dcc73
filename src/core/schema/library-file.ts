// The Ringkas library JSON file: a versioned envelope around saved records. Import checks the
// envelope first, then each article on its own against SavedArticleSchema (library-json.ts).
import * as v from 'valibot';
import { SavedArticleSchema } from './saved-article';

export const LIBRARY_FORMAT = 'ringkas-library';
export const LIBRARY_FORMAT_VERSION = 1;

/** The file's own limits; each article in it is held to RECORD_LIMITS (limits.ts). */
export const IMPORT_LIMITS = {
  /** Characters of JSON text; the page also checks the file size before reading it. */
  maxChars: 512 * 1024 * 1024,
  maxArticles: 100_000,
};

/** The envelope as import reads it: the articles are checked one by one afterwards. */
export const LibraryEnvelopeSchema = v.object({
  format: v.literal(LIBRARY_FORMAT, 'not a Ringkas library file'),
  version: v.pipe(v.number(), v.integer()),
  articles: v.array(v.unknown()),
});

/** The file as export writes it. */
export const LibraryFileSchema = v.object({
  format: v.literal(LIBRARY_FORMAT),
  version: v.literal(LIBRARY_FORMAT_VERSION),
  exportedAt: v.string(),
  count: v.number(),
  articles: v.array(SavedArticleSchema),
});

export type LibraryFile = v.InferOutput<typeof LibraryFileSchema>;
