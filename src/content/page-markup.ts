// The page's markup as it is now (its scripts may have built it), for extraction in an
// extension context: the read script returns it, the in-page reader sends it to the background.
// Reading outerHTML leaves the page untouched.
import { isHtmlContentType } from '../core/page-access';
import { DEFAULT_LIMITS, exceededLimit } from '../core/extract/size-guard';
import { TOO_LARGE_MESSAGE } from '../core/extract/messages';
import type { PageMarkup } from '../contracts/page-markup';

/** The page's doctype as the browser serialises one (DOM Parsing: name, public and system ids). */
function doctype(doc: Document): string {
  return doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : '';
}

export function pageMarkup(
  doc: Document,
  url: string,
  /** The root's markup; its whole outerHTML by default (the read script's: ./lean-markup.ts). */
  serialise?: (root: Element) => string,
): PageMarkup {
  try {
    if (!isHtmlContentType(doc.contentType)) {
      return { ok: false, reason: 'not-html', message: `Not an HTML page (${doc.contentType}).` };
    }
    // A huge page is refused here, before it is copied into a string and sent.
    if (exceededLimit(doc, DEFAULT_LIMITS))
      return { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };
    const root = doc.documentElement;
    return {
      ok: true,
      // Read, never written: the markup goes to a parser in the extension, not into any page.
      // eslint-disable-next-line no-restricted-properties
      markup: `${doctype(doc)}${root ? (serialise?.(root) ?? root.outerHTML) : ''}`,
      url,
      doneAt: performance.timeOrigin + performance.now(),
    };
  } catch (error) {
    return {
      ok: false,
      reason: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
