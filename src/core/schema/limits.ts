// The field rules the shapes are built from. A shape (src/core/schema/*.ts) says which rule each
// field follows; the rule set says what that rule checks. The read result checks the shape only
// (a page can be as large as the reader copes with); the saved record and the import file add the
// library's limits. RECORD_LIMITS is the one definition of those limits: saving fits a record to
// them (src/core/collection/fit-record.ts) and import checks them, so whatever saves imports back.
import * as v from 'valibot';
import { isDateTime, isTime } from '../time';

/** Limits of a saved record: a real article is far below them; a hostile file is not. */
export const RECORD_LIMITS = {
  url: 4096,
  shortText: 2000,
  excerpt: 20_000,
  html: 4_000_000,
  text: 2_000_000,
  lang: 35,
  /** Items of each digest list (sentences, summary, each kind of fact). */
  listItems: 20_000,
  removedBlocks: 1000,
  topFacts: 50,
  tags: 50,
  tag: 64,
  id: 100,
  isoDate: 64,
} as const;

type Str = v.GenericSchema<string>;
type Num = v.GenericSchema<number>;
type List = <T extends v.GenericSchema>(
  item: T,
) => v.GenericSchema<v.InferInput<T>[], v.InferOutput<T>[]>;

export interface FieldRules {
  url: Str;
  shortText: Str;
  excerpt: Str;
  /** A sentence, a summary sentence, a quote. */
  longText: Str;
  html: Str;
  articleText: Str;
  lang: Str;
  isoDate: Str;
  /** A number a page wrote (a quantity's value): anything JSON can hold back. */
  value: Num;
  minutes: Num;
  confidence: Num;
  list: List;
  removedList: List;
  topList: List;
}

/** An index into the digest's sentences; the same rule in every shape. */
export const sentenceIndex = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A count (words, epoch milliseconds): a whole number, never negative. */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The read result: the shape, no size limits. */
export const SHAPE_ONLY: FieldRules = {
  url: v.string(),
  shortText: v.string(),
  excerpt: v.string(),
  longText: v.string(),
  html: v.string(),
  articleText: v.string(),
  lang: v.string(),
  isoDate: v.string(),
  value: v.number(),
  minutes: v.number(),
  confidence: v.number(),
  list: (item) => v.array(item),
  removedList: (item) => v.array(item),
  topList: (item) => v.array(item),
};

const L = RECORD_LIMITS;
const finite = v.pipe(v.number(), v.finite());
const capped = <T extends v.GenericSchema>(item: T, max: number, message: string) =>
  v.pipe(v.array(item), v.maxLength(max, message));

/** Web addresses only: a javascript: or data: URL in a saved record is never opened. */
export const isWebUrl = (s: string): boolean => /^https?:\/\/[^\s]+$/i.test(s);
/** A date-time that parses, whose calendar day exists and whose year has four digits. */
export const isDateString = (s: string): boolean => isDateTime(s);
/** Epoch milliseconds of a real moment (1970 to the end of 9999): `9e15` is no date. */
export const time = v.pipe(
  v.number(),
  v.check((n: number) => isTime(n), 'not a time (epoch milliseconds, 1970 to 9999)'),
);

/** The saved record and the import file: the shape plus RECORD_LIMITS. */
export const RECORD_RULES: FieldRules = {
  url: v.pipe(
    v.string(),
    v.maxLength(L.url, 'URL too long'),
    v.check(isWebUrl, 'not an http(s) URL'),
  ),
  shortText: v.pipe(
    v.string(),
    v.maxLength(L.shortText, `text longer than ${L.shortText} characters`),
  ),
  excerpt: v.pipe(v.string(), v.maxLength(L.excerpt)),
  longText: v.pipe(v.string(), v.maxLength(L.text)),
  html: v.pipe(v.string(), v.maxLength(L.html, 'article HTML larger than 4 MB')),
  articleText: v.pipe(v.string(), v.maxLength(L.text, 'article text larger than 2 MB')),
  lang: v.pipe(v.string(), v.maxLength(L.lang)),
  isoDate: v.pipe(v.string(), v.maxLength(L.isoDate), v.check(isDateString, 'not a date')),
  value: finite,
  minutes: v.pipe(finite, v.minValue(0)),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  list: (item) => capped(item, L.listItems, 'list too long'),
  removedList: (item) => capped(item, L.removedBlocks, 'removed list too long'),
  topList: (item) => capped(item, L.topFacts, 'top list too long'),
};
