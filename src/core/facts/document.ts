// The article as the fact finders see it: sentences with their tokens, URL-masked text and
// quoted passages, plus the language pack and the date anchor.
import type { TextPack } from '../text/packs';
import { maskUrls, tokenize, type Token } from '../text/tokens';

export interface QuoteSpan {
  /** Offsets of the quote marks themselves (open at start, close at end - 1). */
  start: number;
  end: number;
}

export interface SentenceView {
  index: number;
  text: string;
  /** The text with URLs and e-mail addresses blanked out, same offsets. */
  masked: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  /** Length of a leading dateline ("Jakarta, KOMPAS.com -"), 0 when there is none. */
  datelineLength: number;
}

export interface DocumentView {
  pack: TextPack;
  sentences: SentenceView[];
  /** Year, month (1-12) and day of the publication, as the page wrote them; null when unknown. */
  anchor: { year: number; month: number; day: number } | null;
}

const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
];

/** Quoted passages of a sentence: curly pairs, and straight quotes paired in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      spans.push({ start: s, end: e + 1 });
      from = e + 1;
    }
  }
  const straight: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) straight.push(i);
  for (let k = 0; k + 1 < straight.length; k += 2) {
    spans.push({ start: straight[k]!, end: straight[k + 1]! + 1 });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function insideQuote(view: SentenceView, offset: number): boolean {
  return view.quotes.some((q) => offset > q.start && offset < q.end - 1);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The publication date as written (local to the page), not shifted to UTC. */
export function parseAnchor(publishedTime: string | null | undefined): DocumentView['anchor'] {
  if (!publishedTime) return null;
  const m = ISO_DATE.exec(publishedTime.trim());
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const t = Date.parse(publishedTime);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function buildView(
  sentences: string[],
  datelineLengths: number[],
  pack: TextPack,
  publishedTime: string | null | undefined,
): DocumentView {
  return {
    pack,
    anchor: parseAnchor(publishedTime),
    sentences: sentences.map((text, index) => {
      const masked = maskUrls(text);
      return {
        index,
        text,
        masked,
        tokens: tokenize(masked),
        quotes: findQuoteSpans(text),
        datelineLength: datelineLengths[index] ?? 0,
      };
    }),
  };
}
