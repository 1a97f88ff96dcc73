// The one DOMPurify configuration for article HTML. Every place that inserts page-derived
// HTML (popup, reader, library, exports, CLI) goes through here, at the point of insertion.
// It takes the window to work in as a parameter, so it stays pure: the extension passes its
// page's window, Node passes a jsdom window.
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

/** Tags an article may keep. Everything else (scripts, frames, forms, embeds, styles) goes. */
export const ARTICLE_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source',
  'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

export const ARTICLE_ATTRIBUTES = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan',
  'datetime', 'cite', 'lang', 'dir', 'data-ringkas-sentence',
];

/** Only web links and in-page anchors; no javascript:, data:, vbscript:, file: or blob:. */
export const SAFE_URL = /^(?:https?:|mailto:|#)/i;

const CONFIG: Config = {
  ALLOWED_TAGS: ARTICLE_TAGS,
  ALLOWED_ATTR: ARTICLE_ATTRIBUTES,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'textarea', 'select', 'option', 'button', 'iframe', 'object', 'embed', 'math', 'svg', 'form'],
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: WindowLike): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win);
    if (!purifier.isSupported) throw new Error('DOMPurify is not supported in this window');
    // Links open outside the extension page, never in it.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.getAttribute('href')) {
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
  return purifierFor(win).sanitize(html, { ...CONFIG, ADD_ATTR: ['target', 'rel', 'loading', 'referrerpolicy'] }) as unknown as string;
}

/** Sanitised HTML as a fragment, for inserting into a live page. */
export function sanitizeToFragment(html: string, win: WindowLike): DocumentFragment {
  return purifierFor(win).sanitize(html, {
    ...CONFIG,
    ADD_ATTR: ['target', 'rel', 'loading', 'referrerpolicy'],
    RETURN_DOM_FRAGMENT: true,
  }) as unknown as DocumentFragment;
}
