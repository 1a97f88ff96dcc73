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
const NAMED_ELEMENTS = [...new Set([...DOCUMENT_NAMED, ...FORM_LISTED])].join(', ');

/**
 * DOM clobbering: `<img name="querySelector">` makes document.querySelector an element, and
 * `<input name="getAttribute">` does the same to its form's getAttribute, so every DOM walk over
 * the page throws. On our own copy, ids and names that shadow a property of the document or of a
 * form lose that attribute (the sanitiser drops ids and names anyway). Found by the hostile-page
 * suite (tests/fixtures/hostile/clobbering.html), where the popup said "could not read this page".
 */
export function unclobber(doc: Document): void {
  const documentProto = Object.getPrototypeOf(doc) as object;
  const forms = callBuiltIn<ArrayLike<Element>>(doc, 'querySelectorAll', 'form');
  const formProto = forms.length > 0 ? (Object.getPrototypeOf(forms[0] as object) as object) : null;
  // Selected by tag alone, the attributes read below: a selector list with attribute tests costs
  // several times as much in a DOM-less parser (linkedom, in Chrome's service worker).
  const named = callBuiltIn<ArrayLike<Element>>(doc, 'querySelectorAll', NAMED_ELEMENTS);
  for (const element of Array.from(named)) {
    const tag = String(callBuiltIn(element, 'localName')).toLowerCase();
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
