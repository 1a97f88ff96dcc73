// The one DOMPurify configuration for article HTML. Every place that inserts page-derived
// HTML (popup, reader, library, exports, CLI) goes through here, at the point of insertion.
// It takes the window to work in as a parameter, so it stays pure: the extension passes its
// page's window, Node passes a jsdom window.
//
// What it guarantees is checked by src/core/sanitize-invariants.ts over the hostile-page suite
// (tests/unit/hostile, tests/e2e/hostile.test.ts) and the fuzzer (tests/fuzz).
import createDOMPurify, {
  type Config,
  type UponSanitizeAttributeHookEvent,
  type WindowLike,
} from 'dompurify';

/** Tags an article may keep. Everything else (scripts, frames, forms, embeds, styles) goes. */
export const ARTICLE_TAGS = [
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

/** Attributes whose value is a URL (or, for srcset, a list of them): checked against SAFE_URL. */
export const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'cite'];

/** Attributes with plain values: never a URL, never markup, so DOMPurify need not test them as URLs. */
export const VALUE_ATTRIBUTES = [
  'alt',
  'title',
  'sizes',
  'width',
  'height',
  'colspan',
  'rowspan',
  'datetime',
  'lang',
  'dir',
  'data-ringkas-sentence',
  // Kept so in-article links (footnotes) have a target; DOMPurify prefixes both with
  // NAMED_PROPERTY_PREFIX (SANITIZE_NAMED_PROPS), so they never shadow document properties.
  'id',
  'name',
  // The boundary between two pages of a joined article (<hr data-page="2">).
  'data-page',
];

/** The prefix DOMPurify gives kept id and name values (SANITIZE_NAMED_PROPS). */
export const NAMED_PROPERTY_PREFIX = 'user-content-';

export const ARTICLE_ATTRIBUTES = [...URL_ATTRIBUTES, ...VALUE_ATTRIBUTES];

/** Only web links and in-page anchors; no javascript:, data:, vbscript:, file: or blob:. */
export const SAFE_URL = /^(?:https?:|mailto:|#)/i;

/** The one data: URL an article keeps: an inline raster image in an img or source src. */
export const SAFE_IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif)[;,]/i;

/** White space and control characters a browser ignores inside a URL's scheme. */
// eslint-disable-next-line no-control-regex -- the control characters are what it strips
const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

/** Elements whose content is dropped with them (on top of DOMPurify's own list: script, style,
 * svg, math, template, noscript, iframe, xmp, ...): form controls carry labels, not prose. A
 * form's own content is kept (some sites wrap the whole page in one), the form element is not. */
const DROPPED_WITH_CONTENT = [
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'object',
  'embed',
  'applet',
  'frameset',
  'frame',
  'noframes',
  'canvas',
  'dialog',
  'portal',
];

const CONFIG: Config = {
  ALLOWED_TAGS: ARTICLE_TAGS,
  ALLOWED_ATTR: ARTICLE_ATTRIBUTES,
  ADD_URI_SAFE_ATTR: VALUE_ATTRIBUTES,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  SAFE_FOR_XML: true,
  ADD_FORBID_CONTENTS: DROPPED_WITH_CONTENT,
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

/** A URL stripped of what a browser ignores in it, for testing its scheme. */
export function compactUrl(value: string): string {
  return value.replace(URL_NOISE, '');
}

/** The URLs of a srcset value, split as the HTML standard's srcset parser splits them. */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  const space = /[\t\n\f\r ]/;
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (space.test(value.charAt(i)) || value.charAt(i) === ',')) i++;
    const start = i;
    while (i < value.length && !space.test(value.charAt(i))) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/(?<!,),+$/, '');
    } else {
      // Descriptors run to the next comma outside parentheses.
      let depth = 0;
      while (i < value.length && (value.charAt(i) !== ',' || depth > 0)) {
        if (value.charAt(i) === '(') depth++;
        else if (value.charAt(i) === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

function keepsAttribute(tag: string, name: string, value: string): boolean {
  const compact = compactUrl(value);
  if (name === 'srcset') return srcsetUrls(value).every((url) => SAFE_URL.test(compactUrl(url)));
  // DOMPurify lets any data: URL through on img and source; keep only raster images.
  if (name === 'src' && /^data:/i.test(compact))
    return (tag === 'img' || tag === 'source') && SAFE_IMAGE_DATA_URL.test(compact);
  return true;
}

/**
 * The window DOMPurify works in: the caller's constructors, but a blank document of its own. The
 * content scripts pass the page's window, whose document the page can clobber (`<img
 * name="createElement">` makes document.createElement an element, and DOMPurify calls it).
 */
function inertWindow(win: WindowLike): WindowLike {
  const document = new win.DOMParser().parseFromString(
    '<!doctype html><html><head></head><body></body></html>',
    'text/html',
  );
  return {
    document,
    DocumentFragment: win.DocumentFragment,
    HTMLTemplateElement: win.HTMLTemplateElement,
    Node: win.Node,
    Element: win.Element,
    NodeFilter: win.NodeFilter,
    NamedNodeMap: win.NamedNodeMap ?? win.MozNamedAttrMap,
    HTMLFormElement: win.HTMLFormElement,
    DOMParser: win.DOMParser,
    trustedTypes: undefined,
  } as WindowLike;
}

function purifierFor(win: WindowLike): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(inertWindow(win));
    if (!purifier.isSupported) throw new Error('DOMPurify is not supported in this window');
    purifier.addHook(
      'uponSanitizeAttribute',
      (node: Element, data: UponSanitizeAttributeHookEvent) => {
        if (!keepsAttribute(node.nodeName.toLowerCase(), data.attrName, data.attrValue))
          data.keepAttr = false;
      },
    );
    // Links open outside the extension page, never in it; images say nothing about the reader.
    // Set after the attributes are checked, so a page's own target/rel/referrerpolicy never pass.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      const href = node.nodeName === 'A' ? node.getAttribute('href') : null;
      if (href?.startsWith('#')) {
        // An in-article link (a footnote): it points at the renamed id and stays in the article
        // (ui/article-view.tsx scrolls to it), never a new tab of the page it is shown in.
        const id = href.slice(1);
        if (id && !id.startsWith(NAMED_PROPERTY_PREFIX))
          node.setAttribute('href', `#${NAMED_PROPERTY_PREFIX}${id}`);
        node.removeAttribute('target');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      } else if (href) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
      if (node.nodeName === 'IMG') {
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitised HTML as a string (exports, CLI). */
export function sanitizeHtml(html: string, win: WindowLike): string {
  return purifierFor(win).sanitize(html, CONFIG) as unknown as string;
}

/**
 * Sanitised HTML as a fragment, for inserting into a live page: one sanitising pass, and the
 * fragment parsed from the sanitised string (as DOMPurify's string output is meant to be used),
 * never made of the nodes DOMPurify cleaned: in Chromium, an inline handler removed from a node
 * that a content script (an isolated world) parsed still runs in the page's world once the node
 * is inserted into the page (found by tests/e2e/hostile.test.ts on the in-page reader). Nodes
 * parsed from clean markup never had a handler to leave behind; the parse is a document of its
 * own (DOMParser: no script runs, nothing loads), whose ids and names the sanitiser prefixed.
 */
export function sanitizeToFragment(html: string, win: WindowLike): DocumentFragment {
  const clean = sanitizeHtml(html, win);
  const doc = new win.DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${clean}</body></html>`,
    'text/html',
  );
  const fragment = doc.createDocumentFragment();
  fragment.append(...Array.from(doc.body.childNodes));
  return fragment;
}
