// How the content scripts fetch an article's other pages: from the tab itself, with the page's
// own credentials, as a reader clicking "next page" would. Same origin only, each page with a time
// limit, redirects refused. The markup goes back to the extension, which parses and reads it.
import { isHtmlContentType } from '../core/page-access';

/** Each further page has this long to arrive. */
export const PAGE_TIMEOUT_MS = 8_000;

/** A page's markup, or null when it cannot be had. */
export type MarkupLoader = (url: string) => Promise<string | null>;

/**
 * Firefox gives content scripts a fetch of their own principal; `content.fetch` is the page's
 * (its cookies, its origin). Chrome's content-script fetch already is the page's.
 */
function pageFetch(): typeof fetch {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return typeof content?.fetch === 'function'
    ? content.fetch.bind(content)
    : fetch.bind(globalThis);
}

export function tabMarkupLoader(origin: string = location.origin): MarkupLoader {
  const get = pageFetch();
  return async (url) => {
    if (new URL(url).origin !== origin) return null;
    const response = await get(url, {
      credentials: 'include',
      // A redirect could lead to another origin: such a page counts as not loaded.
      redirect: 'error',
      signal: AbortSignal.timeout(PAGE_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    if (!isHtmlContentType(response.headers.get('content-type') ?? 'text/html')) return null;
    return await response.text();
  };
}
