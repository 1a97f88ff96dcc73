// The page's JSON-LD articleBody instead of Readability's answer when Readability's own clean-up
// took the article (issue 12): the text was built by a script, or sat in a block Readability
// judged unlikely ("banner"), and what is left is a caption, a notice or an author card. Only when
// the articleBody holds far more prose than the answer (a teaser articleBody never replaces a full
// article), and never when the page hides that text from its readers (a paywall's full text).
import { jsonLdBody, proseWords, CANDIDATES } from './candidates';
import { countWords, plainText } from './plain-text';

export const SCHEMA_BODY = {
  /** The articleBody holds at least this many times the words of Readability's answer. */
  minRatio: 2,
  /** Characters of the articleBody's longest line looked for in the page's paragraphs. */
  probeChars: 60,
} as const;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Hidden by the page: an inline style, the hidden attribute, or aria-hidden (Readability's test). */
export function isHiddenByPage(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    if (HIDDEN_STYLE.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** The page shows the articleBody's text only to readers who may not see it (it is hidden). */
function hiddenInPage(articleBody: string, paragraphs: readonly Element[]): boolean {
  const longest = articleBody.split(/\n+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  const probe = collapse(longest).slice(0, SCHEMA_BODY.probeChars);
  if (!probe) return false;
  const holder = paragraphs.find((p) => collapse(p.textContent ?? '').includes(probe));
  return holder ? isHiddenByPage(holder) : false;
}

/**
 * The articleBody as this document's paragraphs when it should be read instead, else null.
 * `paragraphs` are the page's <p> elements as they were before Readability ran (it detaches the
 * hidden ones, which keep their ancestors up to the one it took out).
 */
export function schemaBodyInstead(
  doc: Document,
  root: Element | null,
  articleBody: string | null,
  paragraphs: readonly Element[],
): Element | null {
  if (!articleBody) return null;
  // Measured on the string (its lines are its paragraphs): most pages stop here, no DOM built.
  const theirs = proseWords(articleBody);
  if (theirs < CANDIDATES.minProseWords) return null;
  const ours = root ? countWords(plainText(root)) : 0;
  if (theirs < SCHEMA_BODY.minRatio * ours) return null;
  return hiddenInPage(articleBody, paragraphs) ? null : jsonLdBody(doc, articleBody);
}
