// What a reader adds to a saved article: highlights (with a note) and where they stopped reading.
// A highlight is anchored by its text and the text around it (the W3C Web Annotation
// TextQuoteSelector: exact, prefix, suffix), not by DOM offsets, so it finds its place again
// after the same article is saved anew (src/core/collection/text-quote.ts).
import * as v from 'valibot';
import { time } from './limits';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const ANNOTATION_LIMITS = {
  highlights: 1000,
  exact: 10_000,
  context: 64,
  note: 10_000,
  id: 100,
} as const;

const A = ANNOTATION_LIMITS;

export const HighlightSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(A.id)),
  color: v.picklist(HIGHLIGHT_COLORS, 'not a highlight colour'),
  exact: v.pipe(
    v.string(),
    v.minLength(1, 'empty highlight'),
    v.maxLength(A.exact, `highlight longer than ${A.exact} characters`),
  ),
  prefix: v.pipe(v.string(), v.maxLength(A.context)),
  suffix: v.pipe(v.string(), v.maxLength(A.context)),
  note: v.pipe(v.string(), v.maxLength(A.note, `note longer than ${A.note} characters`)),
  createdAt: time,
  updatedAt: time,
});

export type Highlight = v.InferOutput<typeof HighlightSchema>;

export const HighlightsSchema = v.pipe(
  v.array(HighlightSchema),
  v.maxLength(A.highlights, `more than ${A.highlights} highlights`),
);

/** Where the reader stopped: the share of the article scrolled past, and when. */
export const ReadingPositionSchema = v.object({
  fraction: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  at: time,
});

export type ReadingPosition = v.InferOutput<typeof ReadingPositionSchema>;
