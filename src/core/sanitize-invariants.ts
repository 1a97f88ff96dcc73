// What sanitised article HTML must never contain, checked independently of the sanitiser's own
// configuration (so a change to the allow lists cannot quietly weaken it). Used by the hostile-page
// suite and the fuzzer; pure: the caller hands in the parsed tree or a DOMParser.
import { compactUrl, SAFE_IMAGE_DATA_URL, srcsetUrls } from './sanitize';

export type InvariantRule =
  | 'foreign-namespace'
  | 'forbidden-element'
  | 'handler-attribute'
  | 'style-attribute'
  | 'clobbering-attribute'
  | 'unsafe-url';

export interface Violation {
  rule: InvariantRule;
  /** The element and, where it applies, the attribute: `img[onerror]`. */
  where: string;
  value?: string;
}

export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Elements that run code, load or embed documents, submit data, restyle the page or navigate. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'isindex',
  'keygen',
  'style',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'audio',
  'video',
  'track',
  'canvas',
  'dialog',
  'slot',
  'xmp',
  'plaintext',
  'noembed',
  'title',
  'head',
  'body',
  'html',
]);

/** Attributes that take a URL on some element. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'ping',
  'codebase',
  'longdesc',
  'manifest',
  'dynsrc',
  'lowsrc',
  'icon',
  'archive',
  'imagesrcset',
  'usemap',
  'profile',
]);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** DOMPurify renames kept id/name values so they cannot shadow document properties. */
const NAMED_PROPERTY_PREFIX = 'user-content-';

function urlIsSafe(element: string, attribute: string, url: string): boolean {
  const compact = compactUrl(url);
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (!scheme) return true; // relative or in-page
  if (SAFE_SCHEMES.has(scheme)) return true;
  return (
    scheme === 'data' &&
    attribute === 'src' &&
    (element === 'img' || element === 'source') &&
    SAFE_IMAGE_DATA_URL.test(compact)
  );
}

export interface AttributeLike {
  name: string;
  value: string;
}

/**
 * The violations of one element, from its local name, namespace and attributes: the rule itself,
 * usable on a live tree or on a description of one (the browser tests read a closed shadow root
 * through the DevTools protocol).
 */
export function elementViolations(
  tag: string,
  namespace: string | null,
  attributes: readonly AttributeLike[],
): Violation[] {
  const out: Violation[] = [];
  if (namespace !== HTML_NAMESPACE)
    out.push({ rule: 'foreign-namespace', where: `${tag} (${namespace ?? 'none'})` });
  if (FORBIDDEN_ELEMENTS.has(tag)) out.push({ rule: 'forbidden-element', where: tag });
  for (const attribute of attributes) {
    const name = attribute.name.toLowerCase();
    const where = `${tag}[${name}]`;
    if (name.startsWith('on'))
      out.push({ rule: 'handler-attribute', where, value: attribute.value });
    else if (name === 'style') out.push({ rule: 'style-attribute', where, value: attribute.value });
    else if (
      (name === 'id' || name === 'name') &&
      !attribute.value.startsWith(NAMED_PROPERTY_PREFIX)
    ) {
      out.push({ rule: 'clobbering-attribute', where, value: attribute.value });
    } else if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
      const urls =
        name === 'srcset' || name === 'imagesrcset'
          ? srcsetUrls(attribute.value)
          : [attribute.value];
      if (!urls.every((url) => urlIsSafe(tag, name, url)))
        out.push({ rule: 'unsafe-url', where, value: attribute.value });
    }
  }
  return out;
}

/** Every violation in a sanitised tree (a fragment, or the element it was inserted into). */
export function invariantViolations(root: ParentNode): Violation[] {
  const out: Violation[] = [];
  const stack: Element[] = Array.from(root.children).reverse();
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    out.push(
      ...elementViolations(element.localName, element.namespaceURI, Array.from(element.attributes)),
    );
    const template = (element as Partial<HTMLTemplateElement>).content;
    if (template && typeof template === 'object')
      stack.push(...Array.from(template.children).reverse());
    stack.push(...Array.from(element.children).reverse());
  }
  return out;
}

export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/**
 * Violations in sanitised HTML as a string, parsed again the way a browser would parse it where
 * it is inserted: mutation XSS happens in that second parse, so the check must see it.
 */
export function htmlViolations(html: string, parser: HtmlParser): Violation[] {
  const doc = parser.parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
  const inHead = Array.from(doc.head?.children ?? []).map((element): Violation => ({
    rule: 'forbidden-element',
    where: `head > ${element.localName}`,
  }));
  return [...inHead, ...invariantViolations(doc.body)];
}
