// The private copy of the page that extraction reads and changes, safe from DOM clobbering.
import { builtIn, callBuiltIn } from './safe-dom';

/** Elements a document exposes by name (and id), and those a form exposes as its own properties. */
const DOCUMENT_NAMED = new Set(['img', 'form', 'embed', 'object', 'iframe']);
const FORM_LISTED = new Set([
  'input',
  'button',
  'select',
  'textarea',
  'fieldset',
  'output',
  'object',
  'img',
]);
const NAMED_TAGS = new Set([...DOCUMENT_NAMED, ...FORM_LISTED]);

/** The tags of elements a document or a form may expose by name (what unclobber checks). */
export const CLOBBERING_TAGS: ReadonlySet<string> = NAMED_TAGS;

/**
 * DOM clobbering: `<img name="querySelector">` makes document.querySelector an element, and
 * `<input name="getAttribute">` does the same to its form's getAttribute, so every DOM walk over
 * the page throws. On our own copy, ids and names that shadow a property of the document or of a
 * form lose that attribute (the sanitiser drops ids and names anyway). Found by the hostile-page
 * suite (tests/fixtures/hostile/clobbering.html), where the popup said "could not read this page".
 * `found`: the elements of those tags, in document order, when a walk of the caller found them.
 */
export function unclobber(doc: Document, found?: readonly Element[]): void {
  const documentProto = Object.getPrototypeOf(doc) as object;
  let formProto: object | null = null;
  // One walk over the elements with the prototypes' own getters (a form's children may shadow
  // them): a selector list costs several times as much in a DOM-less parser (linkedom, in Chrome's
  // service worker), and only these few tags are read.
  const root = callBuiltIn<Element | null>(doc, 'documentElement');
  if (!root) return;
  const get = (name: string): ((el: Element) => unknown) => {
    const fn = builtIn(root, name);
    return typeof fn === 'function' ? (el) => fn.call(el) : (el) => callBuiltIn<unknown>(el, name);
  };
  const firstChild = get('firstElementChild');
  const nextSibling = get('nextElementSibling');
  const parent = get('parentElement');
  const localName = get('localName');
  const named: Element[] = found ? [...found] : [];
  for (const el of named)
    if (!formProto && String(localName(el)).toLowerCase() === 'form')
      formProto = Object.getPrototypeOf(el) as object;
  let el: Element | null = found ? null : root;
  while (el) {
    const tag = String(localName(el)).toLowerCase();
    if (NAMED_TAGS.has(tag)) {
      named.push(el);
      if (tag === 'form' && !formProto) formProto = Object.getPrototypeOf(el) as object;
    }
    const child = firstChild(el) as Element | null;
    if (child) {
      el = child;
      continue;
    }
    while (el && el !== root && !nextSibling(el)) el = parent(el) as Element | null;
    el = el && el !== root ? (nextSibling(el) as Element | null) : null;
  }
  for (const element of named) {
    const tag = String(localName(element)).toLowerCase();
    for (const attribute of ['id', 'name']) {
      const value = callBuiltIn<string | null>(element, 'getAttribute', attribute);
      if (!value) continue;
      const shadowsDocument = DOCUMENT_NAMED.has(tag) && value in documentProto;
      const shadowsForm = formProto !== null && FORM_LISTED.has(tag) && value in formProto;
      if (shadowsDocument || shadowsForm) callBuiltIn(element, 'removeAttribute', attribute);
    }
  }
}

/**
 * A private copy of the page for extraction (or the page itself when the caller says it is one),
 * unclobbered unless the caller already did it.
 */
export function privateCopy(doc: Document, disposable: boolean, unclobbered = false): Document {
  const copy = disposable ? doc : callBuiltIn<Document>(doc, 'cloneNode', true);
  if (!unclobbered) unclobber(copy);
  return copy;
}
