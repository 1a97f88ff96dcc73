// Links and media of the article made to work outside the page: lazy images get their real
// source (data-src, data-lazy-src, ..., srcset), relative addresses become absolute against the
// page's base, and javascript: links lose their href.

const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-orig-file',
  'data-large-file',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
/** A placeholder a lazy loader shows until the real image comes: a data: URI or a tiny gif. */
const PLACEHOLDER_SRC =
  /^data:|(?:blank|spacer|placeholder|pixel|lazy|loading|transparent)[^/]*\.(?:gif|png|svg)$/i;

export function absoluteUrl(value: string, base: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [src = '', ...descriptor] = candidate.trim().split(/\s+/);
      const abs = absoluteUrl(src, base) ?? src;
      return [abs, ...descriptor].join(' ');
    })
    .join(', ');
}

/** The largest candidate of a srcset, for an image that has no usable src. */
function bestOfSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const candidate of srcset.split(/,\s+(?=\S)/)) {
    const [src, descriptor = '1x'] = candidate.trim().split(/\s+/);
    const size = parseFloat(descriptor) || 1;
    if (src && size > bestSize) {
      best = src;
      bestSize = size;
    }
  }
  return best;
}

function fixImage(img: Element, base: string): void {
  const src = img.getAttribute('src') ?? '';
  let real: string | null = null;
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (value && !PLACEHOLDER_SRC.test(value)) {
      real = value;
      break;
    }
  }
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (value && !img.getAttribute('srcset')) img.setAttribute('srcset', value);
  }
  if (!src || PLACEHOLDER_SRC.test(src)) {
    const fromSet = img.getAttribute('srcset');
    real ??= fromSet ? bestOfSrcset(fromSet) : null;
  }
  if (real && (!src || PLACEHOLDER_SRC.test(src) || real !== src)) img.setAttribute('src', real);
  const finalSrc = img.getAttribute('src');
  if (finalSrc) {
    const abs = absoluteUrl(finalSrc, base);
    if (abs) img.setAttribute('src', abs);
  }
  const srcset = img.getAttribute('srcset');
  if (srcset) img.setAttribute('srcset', absoluteSrcset(srcset, base));
}

/** The base URL links resolve against: <base href> resolved against the page URL, else the page URL. */
export function baseUrlOf(doc: Document, url: string, found?: readonly Element[]): string {
  // The first <base> with an address (a tag walk: cheaper than a selector in a DOM-less parser).
  const href = (found ?? Array.from(doc.getElementsByTagName('base')))
    .find((el) => el.hasAttribute('href'))
    ?.getAttribute('href');
  return (href && absoluteUrl(href, url)) || url;
}

export function fixMediaAndLinks(root: Element, base: string): void {
  for (const img of Array.from(root.querySelectorAll('img'))) fixImage(img, base);
  for (const source of Array.from(root.querySelectorAll('source[srcset], source[data-srcset]'))) {
    const srcset = source.getAttribute('srcset') ?? source.getAttribute('data-srcset');
    if (srcset) source.setAttribute('srcset', absoluteSrcset(srcset, base));
  }
  for (const media of Array.from(
    root.querySelectorAll('video[src], audio[src], source[src], video[poster]'),
  )) {
    for (const name of ['src', 'poster']) {
      const value = media.getAttribute(name);
      const abs = value ? absoluteUrl(value, base) : null;
      if (abs) media.setAttribute(name, abs);
    }
  }
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (/^\s*javascript:/i.test(href)) {
      link.removeAttribute('href');
      continue;
    }
    if (href.startsWith('#')) continue;
    const abs = absoluteUrl(href, base);
    if (abs) link.setAttribute('href', abs);
  }
}
