// The block Readability stripped (issue 12). Readability removes blocks it judges unlikely (a
// class holding "banner", "sidebar", "popup") before it scores the page, and it hides the text of
// <noscript>-rendered pages from itself; when its answer is then short, the article is often one
// of the blocks it took out. The page's paragraphs are listed before Readability runs, with their
// parents; a parent whose prose far outweighs a short answer is read instead. Blocks named as
// comments, related links or an author box, overlays (cookie notices, dialogs) and blocks the page
// hides are never the article.
import { CANDIDATES, inNamedArea, proseWords } from './candidates';
import { toBlock } from './blocks';
import { plainText, tagOf } from './plain-text';
import { isHiddenByPage } from './schema-body';

export const STRIPPED_BLOCK = {
  /** Only an answer shorter than this (characters of plain text) is weighed against the block. */
  maxAnswerChars: 1500,
  /** The block holds at least this many words of prose ... */
  minProseWords: 150,
  /** ... and at least this many times the prose of the answer. */
  minRatio: 2,
} as const;

/** Overlays by theme convention: what covers the page is not the article under it. */
const OVERLAY_NAME =
  /(?:^|[^a-z0-9])(?:cookies?|consent|gdpr|modal|popup|pop-up|overlay)(?![a-z0-9])/;

function isOverlay(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const role = e.getAttribute('role');
    if (role === 'dialog' || role === 'alertdialog') return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
    if (OVERLAY_NAME.test(names)) return true;
  }
  return false;
}

/** The page's paragraphs and their parents, listed before Readability changes the page. */
export interface ParagraphList {
  paragraphs: Element[];
  parents: (Element | null)[];
}

export function listParagraphs(doc: Document): ParagraphList {
  const paragraphs = Array.from(doc.getElementsByTagName('p'));
  return { paragraphs, parents: paragraphs.map((p) => p.parentElement) };
}

/** The stripped block to read instead of a short answer, or null to keep the answer. */
export function strippedBlock(
  list: ParagraphList,
  answer: Element | null,
  readabilityChars: number,
): Element | null {
  // Readability's own count (its textContent) is at least the plain text's: a cheap first test.
  if (answer && readabilityChars >= STRIPPED_BLOCK.maxAnswerChars) return null;
  const answerText = answer ? plainText(answer) : '';
  if (answerText.length >= STRIPPED_BLOCK.maxAnswerChars) return null;
  const byParent = new Map<Element, number>();
  list.paragraphs.forEach((p, i) => {
    const parent = list.parents[i];
    if (!parent) return;
    const { words, linkWords } = toBlock(p);
    if (words < CANDIDATES.proseParagraphWords) return;
    if (linkWords > CANDIDATES.maxLinkDensity * words) return;
    byParent.set(parent, (byParent.get(parent) ?? 0) + words);
  });
  let best: Element | null = null;
  let bestWords = 0;
  for (const [el, words] of byParent)
    if (words > bestWords) {
      best = el;
      bestWords = words;
    }
  if (!best || bestWords < STRIPPED_BLOCK.minProseWords) return null;
  if (answer && (best === answer || answer.contains(best) || best.contains(answer))) return null;
  const theirs = proseWords(plainText(best));
  if (theirs < STRIPPED_BLOCK.minProseWords) return null;
  if (theirs < STRIPPED_BLOCK.minRatio * proseWords(answerText)) return null;
  if (inNamedArea(best) || isOverlay(best) || isHiddenByPage(best)) return null;
  return tagOf(best) === 'noscript' ? asDiv(best) : best;
}

/** The paragraphs of a <noscript> in a <div> (sanitisers drop <noscript>, and its text with it). */
function asDiv(el: Element): Element {
  const div = el.ownerDocument.createElement('div');
  while (el.firstChild) div.appendChild(el.firstChild);
  return div;
}
