// Fitting a record to the library's limits before it is saved, so that every saved article can be
// exported and imported back (import checks the same SavedArticleSchema, src/core/schema).
//
// What a person would want, field by field:
// - The article itself (its address, its text, its HTML) is never cut: an article saved without
//   its end would look complete and not be. Past the limits it is refused, with a message saying
//   why, and nothing in the library changes.
// - What Ringkas derived or the page only hints at is cut to fit, and said so in `cut`: a canonical
//   address too long to keep falls back to the page's own address; a lead image address too long
//   is dropped; a title, byline, site name or fact label past 2000 characters is shortened with
//   "…"; past 20,000 sentences the digest keeps the first 20,000 (with the summary sentences and
//   facts found in them: the article's text and HTML stay whole); the removed-block list keeps
//   its first 1000 entries; a quantity whose value JSON cannot hold (Infinity) is dropped; a
//   published date no date parser reads becomes "not said".
import * as v from 'valibot';
import { describeIssues } from '../schema/describe-issues';
import type { Digest } from '../schema/digest';
import { isDateString, isWebUrl, RECORD_LIMITS as L } from '../schema/limits';
import { SavedArticleSchema, type SavedArticle } from '../schema/saved-article';
import { canonicalKey } from './canonical-key';

export type FitResult =
  { ok: true; record: SavedArticle; cut: string[] } | { ok: false; message: string };

const MB = 1_000_000;

const storableUrl = (url: string): boolean => url.length <= L.url && isWebUrl(url);

function shorten(text: string, max: number = L.shortText): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
const shortenOrNull = (text: string | null): string | null =>
  text === null ? null : shorten(text);

/** Why an article cannot be kept at all, or null when it can. */
function refusal(record: SavedArticle): string | null {
  if (record.url.length > L.url)
    return `This page's address is longer than ${L.url.toLocaleString('en')} characters, too long to keep in the library. Nothing was saved.`;
  if (record.text.length > L.text)
    return `This article is too long to keep in the library (more than ${L.text / MB} MB of text). Nothing was saved.`;
  if (record.html.length > L.html)
    return `This article is too large to keep in the library (more than ${L.html / MB} MB of HTML). Nothing was saved.`;
  return null;
}

function fitDigest(digest: Digest, cut: string[]): Digest {
  const max = L.listItems;
  const sentences =
    digest.sentences.length > max ? digest.sentences.slice(0, max) : digest.sentences;
  if (sentences !== digest.sentences) cut.push('digest.sentences');
  const keep = <T extends { sentence: number }>(list: readonly T[], name: string): T[] => {
    const kept = list.filter((item) => item.sentence < sentences.length).slice(0, max);
    if (kept.length !== list.length) cut.push(name);
    return kept;
  };
  const { facts } = digest;
  const numbers = keep(facts.numbers, 'digest.facts.numbers').filter((n) =>
    Number.isFinite(n.value),
  );
  if (numbers.length !== facts.numbers.length && !cut.includes('digest.facts.numbers'))
    cut.push('digest.facts.numbers');
  return {
    lang: shorten(digest.lang, L.lang),
    sentences: sentences.map((s) => shorten(s, L.text)),
    summary: keep(digest.summary, 'digest.summary'),
    facts: {
      people: keep(facts.people, 'digest.facts.people').map((p) => ({
        ...p,
        name: shorten(p.name),
        role: shortenOrNull(p.role),
      })),
      places: keep(facts.places, 'digest.facts.places').map((p) => ({
        ...p,
        name: shorten(p.name),
      })),
      organizations: keep(facts.organizations, 'digest.facts.organizations').map((o) => ({
        ...o,
        name: shorten(o.name),
      })),
      dates: keep(facts.dates, 'digest.facts.dates').map((d) => ({
        ...d,
        text: shorten(d.text),
        iso: shorten(d.iso),
      })),
      numbers: numbers.map((n) => ({ ...n, text: shorten(n.text), unit: shortenOrNull(n.unit) })),
      quotes: keep(facts.quotes, 'digest.facts.quotes').map((q) => ({
        ...q,
        speaker: shortenOrNull(q.speaker),
      })),
      top: keep(facts.top, 'digest.facts.top')
        .slice(0, L.topFacts)
        .map(
          (f) =>
            ({
              ...f,
              label: shorten(f.label),
              detail: f.detail === null ? null : shorten(f.detail),
            }) as typeof f,
        ),
    },
  };
}

/** The record cut to the library's limits as the header says, or why it cannot be saved. */
export function fitRecord(record: SavedArticle): FitResult {
  const refused = refusal(record);
  if (refused) return { ok: false, message: refused };
  const cut: string[] = [];
  const fitted: SavedArticle = {
    ...record,
    canonicalUrl: storableUrl(record.canonicalUrl) ? record.canonicalUrl : record.url,
    leadImage: record.leadImage !== null && storableUrl(record.leadImage) ? record.leadImage : null,
    title: shorten(record.title),
    byline: shortenOrNull(record.byline),
    siteName: shortenOrNull(record.siteName),
    lang: shorten(record.lang, L.lang),
    publishedTime:
      record.publishedTime !== null &&
      record.publishedTime.length <= L.isoDate &&
      isDateString(record.publishedTime)
        ? record.publishedTime
        : null,
    excerpt: record.excerpt === null ? null : shorten(record.excerpt, L.excerpt),
    removed: record.removed
      .slice(0, L.removedBlocks)
      .map((block) => ({ ...block, text: shorten(block.text) })),
    digest: fitDigest(record.digest, cut),
  };
  // The identity follows the address kept.
  if (fitted.canonicalUrl !== record.canonicalUrl)
    fitted.key = canonicalKey(fitted.canonicalUrl, fitted.url);
  for (const field of [
    'canonicalUrl',
    'leadImage',
    'title',
    'byline',
    'siteName',
    'lang',
    'publishedTime',
    'excerpt',
  ] as const) {
    if (fitted[field] !== record[field]) cut.push(field);
  }
  if (record.removed.length > L.removedBlocks) cut.push('removed');
  const checked = v.safeParse(SavedArticleSchema, fitted);
  if (!checked.success)
    return {
      ok: false,
      message: `This article could not be saved: ${describeIssues(checked.issues)}. Nothing was saved.`,
    };
  // The schema's output: exactly the record's fields, whatever else the article object carried.
  return { ok: true, record: checked.output, cut };
}
