// The digest of an article: its sentences, the extractive summary, the facts of each kind and the
// ranked key facts for the card. One shape, built from the field rules it is given.
import * as v from 'valibot';
import { isFactIso } from '../time';
import { sentenceIndex, SHAPE_ONLY, type FieldRules } from './limits';

export const personFactSchema = (r: FieldRules) =>
  v.object({ name: r.shortText, role: v.nullable(r.shortText), sentence: sentenceIndex });
export const namedFactSchema = (r: FieldRules) =>
  v.object({ name: r.shortText, sentence: sentenceIndex });
export const dateFactSchema = (r: FieldRules) =>
  v.object({
    text: r.shortText,
    iso: v.pipe(r.shortText, v.check(isFactIso, 'not a date')),
    sentence: sentenceIndex,
    /** 0..1; lowered when a weekday contradicts the date, or the date is relative. */
    confidence: r.confidence,
  });
export const numberFactSchema = (r: FieldRules) =>
  v.object({
    text: r.shortText,
    value: r.value,
    unit: v.nullable(r.shortText),
    sentence: sentenceIndex,
  });
export const quoteFactSchema = (r: FieldRules) =>
  v.object({ text: r.longText, speaker: v.nullable(r.shortText), sentence: sentenceIndex });

/** A fact as the card shows it; see src/core/facts/fact-kinds.ts for how each kind becomes one. */
export const keyFactSchema = (r: FieldRules) => {
  const item = <K extends string, D extends v.GenericSchema>(kind: K, detail: D) =>
    v.object({ kind: v.literal(kind), label: r.shortText, detail, sentence: sentenceIndex });
  const nullable = v.nullable(r.shortText);
  return v.variant('kind', [
    item('person', nullable),
    item('place', v.null()),
    item('organization', v.null()),
    item('date', r.shortText),
    item('number', nullable),
    item('quote', nullable),
  ]);
};

export const factsSchema = (r: FieldRules) =>
  v.object({
    people: r.list(personFactSchema(r)),
    places: r.list(namedFactSchema(r)),
    organizations: r.list(namedFactSchema(r)),
    dates: r.list(dateFactSchema(r)),
    numbers: r.list(numberFactSchema(r)),
    quotes: r.list(quoteFactSchema(r)),
    /** At most MAX_TOP, ranked, for the card. */
    top: r.topList(keyFactSchema(r)),
  });

export const summarySentenceSchema = (r: FieldRules) =>
  v.object({ text: r.longText, sentence: sentenceIndex });

export const digestSchema = (r: FieldRules) =>
  v.object({
    lang: r.lang,
    sentences: r.list(r.longText),
    summary: r.list(summarySentenceSchema(r)),
    facts: factsSchema(r),
  });

export const DigestSchema = digestSchema(SHAPE_ONLY);

type Out<F extends (r: FieldRules) => v.GenericSchema> = v.InferOutput<ReturnType<F>>;
export type PersonFact = Out<typeof personFactSchema>;
export type NamedFact = Out<typeof namedFactSchema>;
export type DateFact = Out<typeof dateFactSchema>;
export type NumberFact = Out<typeof numberFactSchema>;
export type QuoteFact = Out<typeof quoteFactSchema>;
export type KeyFact = Out<typeof keyFactSchema>;
export type FactKind = KeyFact['kind'];
export type Facts = Out<typeof factsSchema>;
export type SummarySentence = Out<typeof summarySentenceSchema>;
export type Digest = v.InferOutput<typeof DigestSchema>;
