// Which pages a browser lets an extension read. Decided from the URL alone, before any
// injection, so the popup can say why instead of failing.

export type PageAccess = 'readable' | 'forbidden' | 'not-html' | 'unknown';

/** Schemes no extension may script. */
const FORBIDDEN_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'javascript:',
  'data:',
  'blob:',
  'filesystem:',
];

/** Stores whose pages browsers protect from every extension. */
const PROTECTED_HOSTS: { host: string; path?: RegExp }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: /^\/webstore/ },
  { host: 'microsoftedge.microsoft.com', path: /^\/addons/ },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

/** File types that are documents of their own, not HTML pages. */
const NON_HTML_PATH =
  /\.(?:pdf|png|jpe?g|gif|webp|avif|svg|bmp|ico|mp4|webm|mp3|ogg|wav|zip|gz|txt|json|csv|xml)$/i;

export function classifyPageUrl(url: string | undefined | null): PageAccess {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (FORBIDDEN_SCHEMES.includes(parsed.protocol)) return 'forbidden';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:')
    return 'forbidden';
  const host = parsed.hostname.toLowerCase();
  if (
    PROTECTED_HOSTS.some(
      (entry) => entry.host === host && (!entry.path || entry.path.test(parsed.pathname)),
    )
  ) {
    return 'forbidden';
  }
  if (NON_HTML_PATH.test(parsed.pathname)) return 'not-html';
  return 'readable';
}

/** Maps the browser's refusal to inject (its wording varies by browser and version) to a reason. */
export function classifyInjectionError(message: string): PageAccess {
  if (
    /cannot access|cannot be scripted|extensions gallery|missing host permission|chrome:\/\/|about:|view-source|not allowed|permission to access|restricted|denied/i.test(
      message,
    )
  ) {
    return 'forbidden';
  }
  return 'unknown';
}

/** The MIME types Ringkas can read. */
export function isHtmlContentType(contentType: string | undefined | null): boolean {
  if (!contentType) return true;
  return /^(?:text\/html|application\/xhtml\+xml)/i.test(contentType);
}
