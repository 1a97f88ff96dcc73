// The article title without the " - Site name" (or "Site name | ") that pages add to it.

const SEPARATORS = /(?<!\s)\s+(?:[-|–—:»·•/\\]|::)\s+/;

function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostWords(url: string): string {
  try {
    return simplify(new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/i, ''));
  } catch {
    return '';
  }
}

/** The labels of the page's host name ("regional", "kompas"), for a title part "Kompas.com". */
function hostLabels(url: string): string[] {
  try {
    return new URL(url).hostname
      .toLowerCase()
      .split('.')
      .filter((label) => label.length >= 3);
  } catch {
    return [];
  }
}

export function cleanTitle(title: string, siteName: string | null, url: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  const parts = trimmed.split(SEPARATORS);
  if (parts.length < 2) return trimmed;
  const site = siteName ? simplify(siteName) : '';
  const host = hostWords(url);
  const labels = hostLabels(url);
  const isSite = (part: string): boolean => {
    const s = simplify(part);
    if (!s) return false;
    const domain = /^(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,}$/i.exec(part.trim());
    if (domain && labels.includes(domain[1]!.toLowerCase())) return true;
    return (
      (!!site && (s === site || site.includes(s) || s.includes(site))) ||
      (!!host && (s === host || host.includes(s) || s.includes(host)))
    );
  };
  // Strip a site name at the end, then at the start.
  const separators = trimmed.match(new RegExp(SEPARATORS.source, 'g')) ?? [];
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1]!)) end--;
  while (end - start > 1 && isSite(parts[start]!)) start++;
  if (start === 0 && end === parts.length) return trimmed;
  let out = parts[start]!;
  for (let i = start + 1; i < end; i++) out += separators[i - 1]! + parts[i]!;
  return out.trim();
}
