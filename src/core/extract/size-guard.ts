// A page too large to read is refused before Readability sees it: Readability and the clone
// both walk the whole tree (some DOMs recursively), so 200,000 elements or 10,000 levels of
// nesting would hang the tab or overflow the stack. One iterative walk, stopped at the first
// limit passed, keeps the check cheap on ordinary pages.

export interface SizeLimits {
  maxElements: number;
  maxDepth: number;
  /** Characters of text in the page (a 50 MB page is no article). */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: SizeLimits = {
  maxElements: 100_000,
  maxDepth: 1_500,
  maxTextChars: 8_000_000,
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Which limit the document passes, or null when it is within all of them. */
export function exceededLimit(doc: Document, limits: SizeLimits): keyof SizeLimits | null {
  const root = doc.documentElement;
  if (!root) return null;
  let elements = 0;
  let textChars = 0;
  let depth = 0;
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      if (++elements > limits.maxElements) return 'maxElements';
    } else if (node.nodeType === TEXT_NODE) {
      textChars += node.nodeValue?.length ?? 0;
      if (textChars > limits.maxTextChars) return 'maxTextChars';
    }
    const child: Node | null = node.nodeType === ELEMENT_NODE ? node.firstChild : null;
    if (child) {
      if (++depth > limits.maxDepth) return 'maxDepth';
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return null;
}
