// The private copy of the page that extraction reads and changes, safe from DOM clobbering.
/** A method or getter as the object's prototype chain defines it, out of reach of named properties. */
function builtIn(target: object, name: string): ((...args: unknown[]) => unknown) | null {
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return (descriptor.get ?? descriptor.value) as (...args: unknown[]) => unknown;
  }
  return null;
}

function callBuiltIn<T>(target: object, name: string, ...args: unknown[]): T {
  const fn = builtIn(target, name);
  if (typeof fn === 'function') return fn.apply(target, args) as T;
  // Some DOM implementations (linkedom) keep plain properties on the instance; no clobbering there.
  const own = (target as Record<string, unknown>)[name];
  if (typeof own === 'function') return (own as (...a: unknown[]) => T).apply(target, args);
  if (own !== undefined && args.length === 0) return own as T;
  throw new TypeError(`${name} is not available`);
}

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

/**
 * DOM clobbering: `<img name="querySelector">` makes document.querySelector an element, and
 * `<input name="getAttribute">` does the same to its form's getAttribute, so every DOM walk over
 * the page throws. On our own copy, ids and names that shadow a property of the document or of a
 * form lose that attribute (the sanitiser drops ids and names anyway). Found by the hostile-page
 * suite (tests/fixtures/hostile/clobbering.html), where the popup said "could not read this page".
 */
export function unclobber(doc: Document): void {
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
  const named: Element[] = [];
  let el: Element | null = root;
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
