// The content script runs in the page's process: its answer is checked before any UI trusts it.
import * as v from 'valibot';
import type { ReadResult } from '../core/types';

const nullableString = v.nullable(v.string());
const sentenceIndex = v.pipe(v.number(), v.integer(), v.minValue(0));

const ArticleSchema = v.object({
  url: v.string(),
  canonicalUrl: v.string(),
  title: v.string(),
  byline: nullableString,
  siteName: nullableString,
  lang: v.string(),
  publishedTime: nullableString,
  excerpt: nullableString,
  leadImage: nullableString,
  wordCount: v.number(),
  readingMinutes: v.number(),
  html: v.string(),
  text: v.string(),
  removed: v.array(v.object({ kind: v.string(), text: v.string() })),
});

const DigestSchema = v.object({
  lang: v.string(),
  sentences: v.array(v.string()),
  summary: v.array(v.object({ text: v.string(), sentence: sentenceIndex })),
  facts: v.object({
    people: v.array(v.object({ name: v.string(), role: nullableString, sentence: sentenceIndex })),
    places: v.array(v.object({ name: v.string(), sentence: sentenceIndex })),
    organizations: v.array(v.object({ name: v.string(), sentence: sentenceIndex })),
    dates: v.array(
      v.object({
        text: v.string(),
        iso: v.string(),
        sentence: sentenceIndex,
        confidence: v.number(),
      }),
    ),
    numbers: v.array(
      v.object({
        text: v.string(),
        value: v.number(),
        unit: nullableString,
        sentence: sentenceIndex,
      }),
    ),
    quotes: v.array(
      v.object({ text: v.string(), speaker: nullableString, sentence: sentenceIndex }),
    ),
    top: v.array(
      v.object({
        kind: v.picklist(['person', 'place', 'organization', 'date', 'number', 'quote']),
        label: v.string(),
        detail: nullableString,
        sentence: sentenceIndex,
      }),
    ),
  }),
});

export const ReadResultSchema = v.union([
  v.object({ ok: v.literal(true), article: ArticleSchema, digest: DigestSchema, ms: v.number() }),
  v.object({
    ok: v.literal(false),
    reason: v.picklist(['not-article', 'too-large', 'not-html', 'error']),
    message: v.string(),
  }),
]);

/** The value if it is a well-formed ReadResult, else null. */
export function parseReadResult(value: unknown): ReadResult | null {
  const parsed = v.safeParse(ReadResultSchema, value);
  return parsed.success ? (parsed.output as ReadResult) : null;
}
