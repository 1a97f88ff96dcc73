// Text quote anchors (the W3C Web Annotation TextQuoteSelector): a passage is described by its
// exact text and a little text before and after it, and found again in a text that may have
// changed (the same article saved anew) by looking for the exact text and preferring the
// occurrence whose surroundings match best. Pure: strings in, offsets out.

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextSpan {
  start: number;
  end: number;
}

export const QUOTE_CONTEXT = 32;

export function describeQuote(
  text: string,
  span: TextSpan,
  context: number = QUOTE_CONTEXT,
): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - context), span.start),
    suffix: text.slice(span.end, span.end + context),
  };
}

function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place the exact text occurs; if it occurs nowhere, places equal up to white space. */
function candidates(text: string, exact: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1))
    out.push({ start: i, end: i + exact.length });
  if (out.length || !exact.trim()) return out;
  const words = exact.trim().split(/\s+/).map(escapeRegExp);
  const pattern = new RegExp(words.join('\\s+'), 'gu');
  for (const match of text.matchAll(pattern))
    out.push({ start: match.index, end: match.index + match[0].length });
  return out;
}

/** Where the quote is in `text`, or null when its exact text is no longer there. */
export function anchorQuote(text: string, quote: TextQuote): TextSpan | null {
  let best: TextSpan | null = null;
  let bestScore = -1;
  for (const span of candidates(text, quote.exact)) {
    const before = text.slice(Math.max(0, span.start - quote.prefix.length), span.start);
    const after = text.slice(span.end, span.end + quote.suffix.length);
    const score = commonTail(before, quote.prefix) + commonHead(after, quote.suffix);
    if (score > bestScore) {
      best = span;
      bestScore = score;
    }
  }
  return best;
}
