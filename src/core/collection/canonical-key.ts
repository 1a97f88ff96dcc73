// The identity of a saved article: its canonical URL, normalised so that the same article
// reached through a tracking link, another letter case in the host or a #fragment is one entry.

/** Query parameters that only say how the reader arrived, never which article it is. */
const TRACKING_PARAM =
  /^(?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)$/i;

export function canonicalKey(canonicalUrl: string, url = ''): string {
  const raw = canonicalUrl.trim() || url.trim();
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return raw;
  }
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
