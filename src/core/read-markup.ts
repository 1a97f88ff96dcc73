// Extraction from a page's markup rather than its live document: the read script hands the
// serialised page to an extension context, which parses it (DOMParser in extension pages, a
// DOM-less parser where there is none) and extracts there, where the extension's code is
// compiled once and cached instead of in every tab.
import { READ_FAILURE_MESSAGES } from './extract/messages';
import { absoluteUrl } from './extract/media-links';
import { unclobber } from './extract/private-copy';
import { readArticle, type ArticleReading, type ReadPageOptions } from './read-article';

export type ParseHtml = (markup: string) => Document;

/**
 * The parsed copy made to look like the live page it came from. A parser without scripting
 * reads <noscript> content as markup, where the live page (scripts on) holds it as text that
 * Readability drops: removed here. The parsed document's address is the extension's, and a
 * <base> element cannot fix that (extension pages forbid it by CSP, rightly): the document says
 * the page's addresses instead, so that Readability resolves links against the page.
 */
export function parseMarkup(markup: string, url: string, parse: ParseHtml): Document {
  const doc = parse(markup);
  // Before any call on it: the page's names must not shadow the document's methods.
  unclobber(doc);
  for (const node of Array.from(doc.querySelectorAll('noscript'))) node.remove();
  rawTextAsText(doc);
  // "The body element" is the first <body> or <frameset> child of <html> (the HTML standard);
  // a DOM-less parser may name another one (or make one up) on a frameset page.
  const body = Array.from(doc.documentElement?.children ?? []).find(
    (child) => child.localName === 'body' || child.localName === 'frameset',
  );
  if (body && body !== doc.body)
    Object.defineProperty(doc, 'body', { value: body, configurable: true });
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  const base = (href && absoluteUrl(href, url)) || url;
  Object.defineProperty(doc, 'baseURI', { value: base, configurable: true });
  Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
  return doc;
}

/**
 * Browsers parse the content of these elements as text, never as elements; a DOM-less parser
 * (linkedom, in Chrome's service worker) may build elements there. Made text again, as the
 * browser has it (a no-op on a browser's own parse).
 */
const RAW_TEXT = 'noframes, noembed, xmp, iframe';

function rawTextAsText(doc: Document): void {
  for (const node of Array.from(doc.querySelectorAll(RAW_TEXT))) {
    if (!node.firstElementChild) continue;
    // Read, never written: the element's own markup becomes its text.
    // eslint-disable-next-line no-restricted-properties
    node.textContent = node.innerHTML;
  }
}

/** Extraction of a page from its markup; the parsed document is ours, so it is not copied. */
export function readMarkup(
  markup: string,
  url: string,
  parse: ParseHtml,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): ArticleReading {
  const start = now();
  let doc: Document;
  try {
    doc = parseMarkup(markup, url, parse);
  } catch {
    return { ok: false, reason: 'error', message: READ_FAILURE_MESSAGES.error };
  }
  // parseMarkup unclobbered it already.
  const read = readArticle(
    doc,
    url,
    { ...options, disposableDocument: true, unclobbered: true },
    now,
  );
  return read.ok ? { ...read, ms: now() - start } : read;
}
