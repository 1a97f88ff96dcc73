// A page whose markup starts with something before <html> (a server's warning printed ahead of
// it, a stray <style>): browsers still build one document, but a DOM-less parser (linkedom, which
// the background and the CLI use) makes that first node the root, with an empty <body> under it,
// and leaves the page beside it, where neither Readability nor any candidate looks. The page's
// <html> becomes the root again; what came before it goes into its head (head elements) or the
// start of its body (the rest), as a browser would put it.
import { tagOf } from './plain-text';

const HEAD_TAGS = new Set(['meta', 'link', 'title', 'style', 'script', 'base', 'noscript']);

export function adoptStrayPage(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || tagOf(root) === 'html') return false;
  let page: Element | null = null;
  for (let node = root.nextSibling; node && !page; node = node.nextSibling)
    if (node.nodeType === 1 && tagOf(node as Element) === 'html') page = node as Element;
  const head = page?.querySelector('head');
  const body = page?.querySelector('body');
  if (!page || !head || !body) return false;
  // The parser's own empty head and body under the wrong root go; everything else is kept.
  for (const made of [doc.head, doc.body])
    if (made && made.parentNode === root && !made.firstChild) made.remove();
  const before: Node[] = [];
  // By the list: in linkedom the doctype has no nextSibling.
  for (const node of Array.from(doc.childNodes)) {
    if (node === page) break;
    if (node.nodeType !== 10) before.push(node);
  }
  const firstOfBody = body.firstChild;
  for (const node of before) {
    doc.removeChild(node);
    if (node.nodeType === 1 && HEAD_TAGS.has(tagOf(node as Element))) head.appendChild(node);
    else body.insertBefore(node, firstOfBody);
  }
  return doc.documentElement === page;
}
