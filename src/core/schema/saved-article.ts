// The saved-article record: the article and its digest under the library's limits, and what the
// library knows about it. The same schema checks a record before it is saved
// (src/core/collection/record.ts) and every record an import file brings, so the library never
// holds a record the UI cannot show and whatever it saves can be imported back.
import * as v from 'valibot';
import { articleEntries } from './article';
import { HighlightsSchema, ReadingPositionSchema } from './annotation';
import { digestSchema } from './digest';
import { RECORD_LIMITS, RECORD_RULES, time } from './limits';

/** Version of the record shape. Raise it with a migration in src/core/collection/migrate.ts. */
export const RECORD_VERSION = 1;

export const tagSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'empty tag'),
  v.maxLength(RECORD_LIMITS.tag, `tag longer than ${RECORD_LIMITS.tag} characters`),
);

/** The digest under the library's limits. */
export const StoredDigestSchema = digestSchema(RECORD_RULES);

export const SavedArticleSchema = v.object({
  ...articleEntries(RECORD_RULES),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(RECORD_LIMITS.id)),
  /** Normalised canonical URL: the identity of the article (see canonical-key.ts). */
  key: v.pipe(v.string(), v.maxLength(RECORD_LIMITS.url)),
  schemaVersion: v.literal(RECORD_VERSION),
  digest: StoredDigestSchema,
  /** Epoch milliseconds of the first save. */
  savedAt: time,
  /** Epoch milliseconds of the last change (content, read state or tags). */
  updatedAt: time,
  read: v.boolean(),
  tags: v.pipe(
    v.array(tagSchema),
    v.maxLength(RECORD_LIMITS.tags, `more than ${RECORD_LIMITS.tags} tags`),
  ),
  // Annotations (annotation.ts): optional, so records saved before them stay valid.
  highlights: v.optional(HighlightsSchema),
  position: v.optional(ReadingPositionSchema),
});

export type SavedArticle = v.InferOutput<typeof SavedArticleSchema>;
