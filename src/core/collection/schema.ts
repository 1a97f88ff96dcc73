// The saved-article record and its schema. One schema checks what comes from outside
// (an import file, a record read back from an older database) so the library never holds a
// record the UI cannot show. Limits are generous for real articles and stop hostile files.
import * as v from 'valibot';
import type { Article, Digest, KeyFact } from '../types';

/** Version of the record shape. Raise it with a migration in migrate.ts. */
export const RECORD_VERSION = 1;

/** Limits: a real article is far below them; a hostile file is not. */
export const LIMITS = {
  url: 4096,
  shortText: 2000,
  html: 4_000_000,
  text: 2_000_000,
  listItems: 20_000,
  tags: 50,
  tag: 64,
} as const;

const shortText = v.pipe(
  v.string(),
  v.maxLength(LIMITS.shortText, 'text longer than 2000 characters'),
);
const nullableShort = v.nullable(shortText);
const sentenceIndex = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());

/** Web addresses only: a javascript: or data: URL in a saved record is never opened. */
const webUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, 'URL too long'),
  v.check((s) => /^https?:\/\/[^\s]+$/i.test(s), 'not an http(s) URL'),
);
const isoDate = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(LIMITS.listItems, 'list too long'));

const RemovedKindSchema = v.picklist([
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
  'other',
]);

const KeyFactSchema = v.variant('kind', [
  v.object({
    kind: v.literal('person'),
    label: shortText,
    detail: nullableShort,
    sentence: sentenceIndex,
  }),
  v.object({
    kind: v.literal('place'),
    label: shortText,
    detail: v.null(),
    sentence: sentenceIndex,
  }),
  v.object({
    kind: v.literal('organization'),
    label: shortText,
    detail: v.null(),
    sentence: sentenceIndex,
  }),
  v.object({
    kind: v.literal('date'),
    label: shortText,
    detail: shortText,
    sentence: sentenceIndex,
  }),
  v.object({
    kind: v.literal('number'),
    label: shortText,
    detail: nullableShort,
    sentence: sentenceIndex,
  }),
  v.object({
    kind: v.literal('quote'),
    label: shortText,
    detail: nullableShort,
    sentence: sentenceIndex,
  }),
]);

export const DigestSchema = v.object({
  lang: v.pipe(v.string(), v.maxLength(35)),
  sentences: list(v.pipe(v.string(), v.maxLength(LIMITS.text))),
  summary: list(
    v.object({ text: v.pipe(v.string(), v.maxLength(LIMITS.text)), sentence: sentenceIndex }),
  ),
  facts: v.object({
    people: list(v.object({ name: shortText, role: nullableShort, sentence: sentenceIndex })),
    places: list(v.object({ name: shortText, sentence: sentenceIndex })),
    organizations: list(v.object({ name: shortText, sentence: sentenceIndex })),
    dates: list(
      v.object({
        text: shortText,
        iso: shortText,
        sentence: sentenceIndex,
        confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      }),
    ),
    numbers: list(
      v.object({ text: shortText, value: finite, unit: nullableShort, sentence: sentenceIndex }),
    ),
    quotes: list(
      v.object({
        text: v.pipe(v.string(), v.maxLength(LIMITS.text)),
        speaker: nullableShort,
        sentence: sentenceIndex,
      }),
    ),
    top: v.pipe(v.array(KeyFactSchema), v.maxLength(50)),
  }),
});

const articleEntries = {
  url: webUrl,
  canonicalUrl: webUrl,
  title: shortText,
  byline: nullableShort,
  siteName: nullableShort,
  lang: v.pipe(v.string(), v.maxLength(35)),
  publishedTime: v.nullable(isoDate),
  excerpt: v.nullable(v.pipe(v.string(), v.maxLength(20_000))),
  leadImage: v.nullable(webUrl),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  readingMinutes: v.pipe(finite, v.minValue(0)),
  html: v.pipe(v.string(), v.maxLength(LIMITS.html, 'article HTML larger than 4 MB')),
  text: v.pipe(v.string(), v.maxLength(LIMITS.text, 'article text larger than 2 MB')),
  removed: v.pipe(
    v.array(v.object({ kind: RemovedKindSchema, text: shortText })),
    v.maxLength(1000, 'removed list too long'),
  ),
};

export const ArticleSchema = v.object(articleEntries);

const tag = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'empty tag'),
  v.maxLength(LIMITS.tag, 'tag longer than 64 characters'),
);

/** A saved article: the article, its digest, and what the library knows about it. */
export const SavedArticleSchema = v.object({
  ...articleEntries,
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** Normalised canonical URL: the identity of the article (see canonical-key.ts). */
  key: v.pipe(v.string(), v.maxLength(LIMITS.url)),
  schemaVersion: v.literal(RECORD_VERSION),
  digest: DigestSchema,
  /** Epoch milliseconds of the first save. */
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Epoch milliseconds of the last change (content, read state or tags). */
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  read: v.boolean(),
  tags: v.pipe(v.array(tag), v.maxLength(LIMITS.tags, 'more than 50 tags')),
});

export type SavedArticle = Article & {
  id: string;
  key: string;
  schemaVersion: typeof RECORD_VERSION;
  digest: Digest;
  savedAt: number;
  updatedAt: number;
  read: boolean;
  tags: string[];
};

// The schema's output and the hand-written type must agree; this fails to compile if not.
type SchemaOutput = v.InferOutput<typeof SavedArticleSchema>;
const _sameShape: (x: SchemaOutput) => SavedArticle = (x) => x;
const _sameShapeBack: (x: SavedArticle) => SchemaOutput = (x) => x;

/** The light part of a record the list needs: loaded for every article when the page opens. */
export interface LibraryRow {
  id: string;
  key: string;
  title: string;
  siteName: string | null;
  host: string;
  lang: string;
  savedAt: number;
  updatedAt: number;
  /** Epoch milliseconds, or null when the page did not say. */
  publishedAt: number | null;
  readingMinutes: number;
  read: boolean;
  tags: string[];
  /** The first key facts, for the list. */
  topFacts: KeyFact[];
}

export const ROW_FACTS = 3;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function toRow(saved: SavedArticle): LibraryRow {
  const published = saved.publishedTime ? Date.parse(saved.publishedTime) : NaN;
  return {
    id: saved.id,
    key: saved.key,
    title: saved.title,
    siteName: saved.siteName,
    host: hostOf(saved.canonicalUrl || saved.url),
    lang: saved.lang,
    savedAt: saved.savedAt,
    updatedAt: saved.updatedAt,
    publishedAt: Number.isNaN(published) ? null : published,
    readingMinutes: saved.readingMinutes,
    read: saved.read,
    tags: [...saved.tags],
    topFacts: saved.digest.facts.top.slice(0, ROW_FACTS),
  };
}

/** Tags are trimmed, kept once (case-insensitively), in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, LIMITS.tag);
    const folded = tag.toLocaleLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
    if (out.length >= LIMITS.tags) break;
  }
  return out;
}

/** A readable reason from a valibot failure: "digest.facts.people[3].name: text longer ...". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const where = (first.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return where ? `${where}: ${first.message}` : first.message;
}
