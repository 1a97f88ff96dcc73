// The identity of a saved article: its canonical URL, normalised so that the same article
// reached through a tracking link, another letter case in the host or a #fragment is one entry.

/** Query parameters that only say how the reader arrived, never which article it is. */
const TRACKING_PARAM =
  /^(?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)$/i;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** Host and port as the key writes them: lower case, no "www.", http and https alike. */
function siteOf(url: URL): string {
  const scheme = url.protocol === 'http:' ? 'https:' : url.protocol;
  return `${scheme}//${url.hostname.toLowerCase().replace(/^www\./, '')}:${url.port}`;
}

/**
 * Whether a page's canonical URL may stand for it: only on the page's own site. A page on one
 * site that names another site's article as canonical must not take over that article's entry in
 * the library (issue 13, item 5). Without a page URL to compare with, the canonical URL stands.
 */
export function canonicalOnSameSite(canonicalUrl: string, url: string): boolean {
  const canonical = parse(canonicalUrl.trim());
  const page = parse(url.trim());
  if (!canonical || !page) return !page;
  return siteOf(canonical) === siteOf(page);
}

export function canonicalKey(canonicalUrl: string, url = ''): string {
  const own = canonicalUrl.trim() && canonicalOnSameSite(canonicalUrl, url);
  const raw = own ? canonicalUrl.trim() : url.trim() || canonicalUrl.trim();
  const parsed = parse(raw);
  if (!parsed) return raw;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  // http and https serve the same article on news sites; one entry for both.
  const scheme = parsed.protocol === 'http:' ? 'https:' : parsed.protocol;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  const pathname = parsed.pathname.length > 1 ? parsed.pathname.replace(/(?<!\/)\/+$/, '') : '';
  const search = parsed.searchParams.toString();
  return `${scheme}//${host}${port}${pathname}${search ? `?${search}` : ''}`;
}
