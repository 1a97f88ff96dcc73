// The property every page must have, mutated or not: the core pipeline returns a well-formed result
// without throwing, and the html it returns passes the sanitiser invariants once sanitised.
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { readPage } from '../../src/core/read-page';
import { sanitizeHtml } from '../../src/core/sanitize';
import { htmlViolations, type Violation } from '../../src/core/sanitize-invariants';

export type Verdict =
  | 'article'
  | 'not-article'
  | 'too-large'
  | 'not-html'
  | 'error'
  | 'threw'
  | 'bad-result'
  | 'unsafe-html'
  | 'not-a-fixed-point';

export interface CheckResult {
  verdict: Verdict;
  /** Failures break the property; the other verdicts are answers. */
  failed: boolean;
  ms: number;
  detail?: string;
  violations?: Violation[];
}

const REASONS = new Set(['not-article', 'too-large', 'not-html', 'error']);

let jsdomWindow: JSDOM['window'] | null = null;
let parser: DOMParser | null = null;

function purifyWindow(): Parameters<typeof sanitizeHtml>[1] {
  jsdomWindow ??= new JSDOM('').window;
  return jsdomWindow as unknown as Parameters<typeof sanitizeHtml>[1];
}

function domParser(): DOMParser {
  parser ??= new new JSDOM('').window.DOMParser();
  return parser;
}

/** Runs the pipeline on one page and judges the result. `now` is injected for the timing column. */
export function checkPage(
  html: string,
  url: string,
  now: () => number = () => performance.now(),
): CheckResult {
  const start = now();
  let doc: Document;
  try {
    doc = parseHTML(html).document as unknown as Document;
  } catch (error) {
    // The test's own parser (linkedom) gave up; a browser never does. Not a pipeline failure.
    return {
      verdict: 'error',
      failed: false,
      ms: now() - start,
      detail: `linkedom: ${String(error)}`,
    };
  }
  let result: ReturnType<typeof readPage>;
  try {
    // As the extension reads a page: the live document, copied before extraction.
    result = readPage(doc, url);
  } catch (error) {
    return {
      verdict: 'threw',
      failed: true,
      ms: now() - start,
      detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  const ms = now() - start;
  if (!result.ok) {
    const wellFormed =
      REASONS.has(result.reason) && typeof result.message === 'string' && result.message.length > 0;
    return wellFormed
      ? { verdict: result.reason, failed: false, ms }
      : { verdict: 'bad-result', failed: true, ms, detail: JSON.stringify(result) };
  }
  const { article } = result;
  if (
    typeof article.html !== 'string' ||
    typeof article.text !== 'string' ||
    !Array.isArray(result.digest.sentences)
  ) {
    return { verdict: 'bad-result', failed: true, ms, detail: 'article fields of the wrong type' };
  }
  const clean = sanitizeHtml(article.html, purifyWindow());
  const violations = htmlViolations(clean, domParser());
  if (violations.length > 0)
    return {
      verdict: 'unsafe-html',
      failed: true,
      ms,
      violations,
      detail: JSON.stringify(violations.slice(0, 5)),
    };
  if (sanitizeHtml(clean, purifyWindow()) !== clean)
    return { verdict: 'not-a-fixed-point', failed: true, ms, detail: clean.slice(0, 300) };
  return { verdict: 'article', failed: false, ms };
}
