// The article as extraction produces it and the library keeps it: one shape, built from the
// field rules it is given (SHAPE_ONLY for the read result, RECORD_RULES for the saved record).
import * as v from 'valibot';
import { count, SHAPE_ONLY, type FieldRules } from './limits';

/** Why a block was taken out of the article: one word the UI can translate. */
export const REMOVED_KINDS = [
  'share',
  'comments',
  'related',
  'newsletter',
  'ad',
  'mobile-switcher',
  'author-bio',
  'tags',
  'breadcrumb',
  'dateline',
  'navigation',
  /** A photo or editor credit line ("Foto: ...", "Editor: ..."). */
  'credit',
  /** The headline again, inside the text. */
  'title',
  /** A copyright notice after the text. */
  'copyright',
  /** A short line after the text that is no sentence. */
  'fragment',
  /** Text beside the page's own article element (a kicker, a box after it). */
  'outside',
  /** A label of the page itself ("Photo", "Close", "Loading"), named by a language pack. */
  'other',
] as const;

export const RemovedKindSchema = v.picklist(REMOVED_KINDS);

export const removedBlockSchema = (rules: FieldRules) =>
  v.object({
    kind: RemovedKindSchema,
    /** The first characters of the removed text, for a person to recognise it. */
    text: rules.shortText,
    /**
     * Words taken out (neighbouring blocks of one kind are one entry); 0 in records saved
     * before blocks counted their words.
     */
    words: v.optional(count, 0),
  });

/** The article's fields; the saved record spreads them beside its own. */
export const articleEntries = (rules: FieldRules) => ({
  url: rules.url,
  canonicalUrl: rules.url,
  title: rules.shortText,
  byline: v.nullable(rules.shortText),
  siteName: v.nullable(rules.shortText),
  /** BCP 47 primary subtag ("id", "en", "ms", ...) or "und". */
  lang: rules.lang,
  /** ISO 8601, or null when the page does not say. */
  publishedTime: v.nullable(rules.isoDate),
  excerpt: v.nullable(rules.excerpt),
  leadImage: v.nullable(rules.url),
  wordCount: count,
  readingMinutes: rules.minutes,
  /** Cleaned article HTML. Untrusted: it must pass src/core/sanitize at every sink. */
  html: rules.html,
  /** Plain text, paragraphs separated by a blank line. */
  text: rules.articleText,
  removed: rules.removedList(removedBlockSchema(rules)),
});

export const ArticleSchema = v.object(articleEntries(SHAPE_ONLY));

export type RemovedKind = v.InferOutput<typeof RemovedKindSchema>;
export type RemovedBlock = v.InferOutput<ReturnType<typeof removedBlockSchema>>;
export type Article = v.InferOutput<typeof ArticleSchema>;
