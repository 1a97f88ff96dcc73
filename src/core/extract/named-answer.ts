// Readability's answer is a box the theme names as no article: an author box, readers' comments,
// related links (issue 12). On a short post, the author box beside it can hold more prose than the
// post itself, and Readability takes it; the post is then a candidate however short it is.
import { clutterLexicon } from '../lang/clutter';
import type { RemovedKind } from '../types';

/** Kinds of box whose prose is not the article. */
const NOT_THE_ARTICLE = new Set<RemovedKind>(['comments', 'related', 'navigation', 'author-bio']);
/** How deep single wrappers are looked through (Readability's page div, the theme's wrappers). */
const MAX_WRAPPERS = 6;

/**
 * The answer, looked at through its single-child wrappers (Readability wraps what it took), is
 * an element whose class or id names it as an author box, comments, related links or navigation.
 */
export function isNamedAnswer(root: Element | null): boolean {
  const lexicon = clutterLexicon();
  let el: Element | null = root;
  for (let depth = 0; el && depth <= MAX_WRAPPERS; depth++) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const kind = names.trim() ? lexicon.name(names) : null;
    if (kind && NOT_THE_ARTICLE.has(kind)) return true;
    // Only a lone child element with no text beside it is a wrapper's content.
    if (el.childElementCount !== 1 || ownText(el)) return false;
    el = el.firstElementChild;
  }
  return false;
}

function ownText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
}
