// The background's HTML parser. Chrome's service worker has no DOMParser: linkedom, a DOM-less
// parser, stands in (the same DOM the extraction benchmark measures). Where the background has
// a DOM of its own (Firefox's event page), the browser's parser is used.
import { parseHTML } from 'linkedom';
import type { ParseHtml } from '../core/read-markup';

export const parseHtml: ParseHtml =
  typeof DOMParser === 'function'
    ? (markup) => new DOMParser().parseFromString(markup, 'text/html')
    : (markup) => parseHTML(markup).document as unknown as Document;
