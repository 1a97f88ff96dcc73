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

/**
 * Which limit the document passes, or null when it is within all of them. Nodes are read through
 * Node's own getters: in a browser, `<input name="nextSibling">` makes its form's nextSibling that
 * input, which would send a walk built on the plain properties round in circles (a hung tab), and
 * `<input name="nodeType">` would have it skip the form's contents.
 */
export function exceededLimit(doc: Document, limits: SizeLimits): keyof SizeLimits | null {
  const root = doc.documentElement;
  if (!root) return null;
  const proto = Object.getPrototypeOf(root) as object;
  // Looked up on the prototype, the node as receiver; linkedom keeps some on the instance.
  const read = <T = Node | null>(node: Node, name: keyof Node): T =>
    Reflect.get(name in proto ? proto : node, name, node) as T;
  let elements = 0;
  let textChars = 0;
  let depth = 0;
  let node: Node | null = root;
  while (node) {
    const type: number = read(node, 'nodeType');
    if (type === ELEMENT_NODE) {
      if (++elements > limits.maxElements) return 'maxElements';
    } else if (type === TEXT_NODE) {
      // Text nodes are never clobbered, and their value is a string.
      textChars += (node.nodeValue as string).length;
      if (textChars > limits.maxTextChars) return 'maxTextChars';
    }
    const child: Node | null | false = type === ELEMENT_NODE && read(node, 'firstChild');
    if (child) {
      if (++depth > limits.maxDepth) return 'maxDepth';
      node = child;
      continue;
    }
    while (node && node !== root && !read(node, 'nextSibling')) {
      node = read(node, 'parentNode');
      depth--;
    }
    node = node && node !== root ? read(node, 'nextSibling') : null;
  }
  return null;
}
