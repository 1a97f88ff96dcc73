// Line breaks out of Readability's way (issue 13, item 17). Readability visits, styles and
// scores every element, and a <br> is an element: 99,000 lines of a poem, a list or a hostile
// page cost seconds in it, though a line break inside a paragraph never changes what it keeps.
// Before Readability runs, each <br> between two pieces of text becomes a marker character in
// one text node (a run of text and such breaks is one text node); a run of three or more breaks
// is two (a paragraph break, which Readability turns into a <p> as before). After Readability,
// the markers in the article become <br> again, so the article's HTML and text are as without
// the fold.

/** A noncharacter (reserved by Unicode for internal use); a page that holds one is not folded. */
export const BREAK_MARK = '\ufdd0';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** White space as Readability tells it (JavaScript \s, with no-break spaces): its break runs. */
const BLANK = /^\s*$/;
/** Elements whose text is not prose: their breaks, if any, are left alone. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'template', 'noscript', 'pre']);

const isBreak = (node: Node | null): node is Element =>
  node !== null &&
  node.nodeType === ELEMENT_NODE &&
  (node as Element).localName.toLowerCase() === 'br';

/** A <br> with no attributes: nothing about it but the break itself. */
const isPlainBreak = (node: Node | null): node is Element =>
  isBreak(node) && !(node as Element).hasAttributes();

const isBlankText = (node: Node | null): boolean =>
  node !== null && node.nodeType === TEXT_NODE && BLANK.test(node.nodeValue ?? '');

export interface FoldResult {
  /** Lone breaks turned into markers. */
  folded: number;
  /** Breaks of long runs removed (each run keeps two). */
  dropped: number;
}

/**
 * The breaks of the tree rooted at `root` folded (see the head of the file), in one walk; the
 * number of elements left for Readability falls by `folded + dropped`.
 */
export function foldLineBreaks(
  root: Element,
  found?: { breaks: readonly Element[]; marked: boolean },
): FoldResult {
  const result: FoldResult = { folded: 0, dropped: 0 };
  // By tag, not by selector (several times cheaper in linkedom); no break, nothing to fold or check.
  // `found`: the breaks of the tree and whether its text holds a marker, as a walk of the caller saw.
  const breaks = found ? found.breaks : Array.from(root.getElementsByTagName('br'));
  if (!breaks.length || (found ? found.marked : (root.textContent ?? '').includes(BREAK_MARK)))
    return result;
  const parents: Element[] = [];
  for (const br of breaks) {
    const parent = br.parentElement;
    if (parent && parents[parents.length - 1] !== parent) parents.push(parent);
  }
  for (const parent of new Set(parents)) {
    if (RAW_TEXT.has(parent.localName.toLowerCase())) continue;
    foldChildren(parent, result);
  }
  return result;
}

/** The next sibling that is not blank text. */
function nextSolid(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && isBlankText(next)) next = next.nextSibling;
  return next;
}

function foldChildren(parent: Element, result: FoldResult): void {
  for (let node = parent.firstChild; node;) {
    const second = isBreak(node) ? nextSolid(node) : null;
    if (isBreak(second)) {
      // A run of breaks: the first two stay, as a paragraph break; the rest go (Readability
      // makes one paragraph break of any run).
      // White space between them stays, as Readability leaves it.
      for (let after = nextSolid(second); isBreak(after);) {
        const next = nextSolid(after);
        after.remove();
        result.dropped++;
        after = next;
      }
      node = second.nextSibling;
      continue;
    }
    if (node.nodeType !== TEXT_NODE && !isLoneBreak(node)) {
      node = node.nextSibling;
      continue;
    }
    // A run of text nodes and lone plain breaks: one text node.
    const start: ChildNode = node;
    let text = '';
    let breaks = 0;
    let end: ChildNode | null = node;
    while (end && (end.nodeType === TEXT_NODE || isLoneBreak(end))) {
      if (end.nodeType === TEXT_NODE) text += end.nodeValue ?? '';
      else {
        text += BREAK_MARK;
        breaks++;
      }
      end = end.nextSibling;
    }
    if (breaks > 0) {
      parent.insertBefore(parent.ownerDocument.createTextNode(text), start);
      for (let gone: ChildNode | null = start; gone && gone !== end;) {
        const following: ChildNode | null = gone.nextSibling;
        gone.remove();
        gone = following;
      }
      result.folded += breaks;
    }
    node = end;
  }
}

const isSolidText = (node: Node | null): boolean =>
  node !== null && node.nodeType === TEXT_NODE && !BLANK.test(node.nodeValue ?? '');

/**
 * A plain break inside a line of text, text right before and after it ("word<br>word"). A break
 * beside an element or white space stays: Readability judges those (an empty paragraph of one
 * <br> is dropped, a break after an image kept), and a marker there would change its answer.
 */
function isLoneBreak(node: Node): boolean {
  return isPlainBreak(node) && isSolidText(node.previousSibling) && isSolidText(node.nextSibling);
}

/**
 * Line breaks an article gets back as <br> elements: far more than a long poem has. Past them,
 * the markers become plain white space (the lines run on; no text is lost), so that restoring
 * breaks, like the rest of the clean-up, is bounded work on a page of 99,000 of them.
 */
export const MAX_LINE_BREAKS = 5000;

/** The markers under `root` back into <br> elements (at most `max`); returns how many. */
export function unfoldLineBreaks(root: Element, max: number = MAX_LINE_BREAKS): number {
  const doc = root.ownerDocument;
  const texts: Text[] = [];
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if ((child.nodeValue ?? '').includes(BREAK_MARK)) texts.push(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  let restored = 0;
  for (const node of texts) {
    const parent = node.parentNode;
    const parts = (node.nodeValue ?? '').split(BREAK_MARK);
    if (!parent || restored + parts.length - 1 > max) {
      node.nodeValue = parts.join('\n');
      continue;
    }
    parts.forEach((part, i) => {
      if (i > 0) parent.insertBefore(doc.createElement('br'), node);
      if (part) parent.insertBefore(doc.createTextNode(part), node);
    });
    restored += parts.length - 1;
    node.remove();
  }
  return restored;
}
