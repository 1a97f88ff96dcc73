// Sites chosen for reading mode: what the reader typed, as an origin and a match pattern.

export type SiteInput =
  | { ok: true; origin: string; pattern: string }
  | { ok: false; error: 'siteErrorInvalid' | 'siteErrorScheme' };

export function parseSiteInput(input: string): SiteInput {
  const text = input.trim();
  if (!text) return { ok: false, error: 'siteErrorInvalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: 'siteErrorInvalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: 'siteErrorScheme' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost')
    return { ok: false, error: 'siteErrorInvalid' };
  return { ok: true, origin: url.origin, pattern: originPattern(url.origin) };
}

/** "https://news.example:8080" -> "https://news.example/*" (match patterns carry no port). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
