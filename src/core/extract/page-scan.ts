// One walk of the page before Readability, instead of one per step: the size guard's counts,
// the elements unclobber checks, the sources of the metadata, the <base> and the line breaks to
// fold. Each of these was a walk of its own over the whole page (a tag lookup or a selector is
// one in a DOM-less parser such as linkedom): eight walks of a page of 5,000 elements cost about
// as much as a tenth of Readability. Nodes are read through their prototypes' getters, so a
// form whose inputs shadow firstChild or nextSibling cannot steer the walk.
import { nodeGetter, callBuiltIn } from './safe-dom';
import { CLOBBERING_TAGS } from './private-copy';
import { BREAK_MARK } from './line-breaks';
import type { SizeLimits } from './size-guard';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export interface PageScan {
  /** The first size limit the page passes (as exceededLimit counts), or null. */
  exceeded: keyof SizeLimits | null;
  /** Elements of the document element's tree that a document or a form may expose by name. */
  named: Element[];
  /** The page's <meta>, <script>, <link>, <time> and <base> elements, in document order. */
  meta: Element[];
  scripts: Element[];
  links: Element[];
  times: Element[];
  bases: Element[];
  /** The document element's <br> elements, and whether its text holds a fold marker already. */
  breaks: Element[];
  marked: boolean;
}

/**
 * The page in one walk: the document element's tree (counted against `limits`, when given; the
 * walk stops at the first limit passed), then any elements the parser left beside it (which
 * a lookup by tag over the document finds too).
 */
export function scanPage(doc: Document, limits: SizeLimits | null): PageScan {
  const scan: PageScan = {
    exceeded: null,
    named: [],
    meta: [],
    scripts: [],
    links: [],
    times: [],
    bases: [],
    breaks: [],
    marked: false,
  };
  const root = callBuiltIn<Element | null>(doc, 'documentElement');
  if (!root) return scan;
  const nodeType = nodeGetter<number>(root, 'nodeType');
  const firstChild = nodeGetter<Node | null>(root, 'firstChild');
  const nextSibling = nodeGetter<Node | null>(root, 'nextSibling');
  const parentNode = nodeGetter<Node | null>(root, 'parentNode');
  const localName = nodeGetter<string>(root, 'localName');
  const maxElements = limits?.maxElements ?? Infinity;
  const maxDepth = limits?.maxDepth ?? Infinity;
  const maxTextChars = limits?.maxTextChars ?? Infinity;
  let elements = 0;
  let textChars = 0;
  const walk = (top: Node, inRoot: boolean): keyof SizeLimits | null => {
    let depth = 0;
    let node: Node | null = top;
    while (node) {
      const type = nodeType(node);
      if (type === ELEMENT_NODE) {
        if (inRoot && ++elements > maxElements) return 'maxElements';
        const name = localName(node);
        switch (name) {
          case 'meta':
            scan.meta.push(node as Element);
            break;
          case 'script':
            scan.scripts.push(node as Element);
            break;
          case 'link':
            scan.links.push(node as Element);
            break;
          case 'time':
            scan.times.push(node as Element);
            break;
          case 'base':
            scan.bases.push(node as Element);
            break;
          case 'br':
            if (inRoot) scan.breaks.push(node as Element);
            break;
        }
        if (inRoot && CLOBBERING_TAGS.has(String(name).toLowerCase()))
          scan.named.push(node as Element);
      } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        // Text nodes are never clobbered.
        const value = node.nodeValue ?? '';
        if (inRoot) {
          if (type === TEXT_NODE && (textChars += value.length) > maxTextChars)
            return 'maxTextChars';
          if (!scan.marked && value.includes(BREAK_MARK)) scan.marked = true;
        }
      }
      const child: Node | null = type === ELEMENT_NODE ? firstChild(node) : null;
      if (child) {
        if (inRoot && ++depth > maxDepth) return 'maxDepth';
        node = child;
        continue;
      }
      while (node && node !== top && !nextSibling(node)) {
        node = parentNode(node);
        depth--;
      }
      node = node && node !== top ? nextSibling(node) : null;
    }
    return null;
  };
  scan.exceeded = walk(root, true);
  if (scan.exceeded) return scan;
  for (let other = nextSibling(root); other; other = nextSibling(other))
    if (nodeType(other) === ELEMENT_NODE) walk(other, false);
  return scan;
}
