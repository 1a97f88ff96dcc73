// Reading nodes of a page that may clobber them: `<input name="nextSibling">` makes its form's
// nextSibling that input, `<img name="documentElement">` does the same to the document. A method
// or getter taken from the prototype chain is out of reach of such named properties.

/** A method or getter as the object's prototype chain defines it, out of reach of named properties. */
export function builtIn(target: object, name: string): ((...args: unknown[]) => unknown) | null {
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

export function callBuiltIn<T>(target: object, name: string, ...args: unknown[]): T {
  const fn = builtIn(target, name);
  if (typeof fn === 'function') return fn.apply(target, args) as T;
  // Some DOM implementations (linkedom) keep plain properties on the instance; no clobbering there.
  const own = (target as Record<string, unknown>)[name];
  if (typeof own === 'function') return (own as (...a: unknown[]) => T).apply(target, args);
  if (own !== undefined && args.length === 0) return own as T;
  throw new TypeError(`${name} is not available`);
}

/**
 * A reader of the property `name` of any node, through the getter the prototype chain of `model`
 * (a node of the same document) defines: Node's own getters in a browser or jsdom. Where the
 * chain has none (linkedom keeps nodeType and parentNode on the instance) the property is read
 * directly: nothing clobbers it there.
 */
export function nodeGetter<T>(model: object, name: string): (node: object) => T {
  const fn = builtIn(model, name);
  if (typeof fn === 'function') return (node) => fn.call(node) as T;
  return (DIRECT[name] ?? ((node) => (node as Record<string, unknown>)[name])) as (
    node: object,
  ) => T;
}

type Plain = { nodeType: unknown; parentNode: unknown; localName: unknown };
/** The instance properties linkedom keeps, read by name (a property read by key is slower). */
const DIRECT: Record<string, (node: object) => unknown> = {
  nodeType: (node) => (node as Plain).nodeType,
  parentNode: (node) => (node as Plain).parentNode,
  localName: (node) => (node as Plain).localName,
};
