// Metadata read from the page before Readability changes it: JSON-LD, <meta>, <time>, <html lang>.
// Readability's own metadata fills the gaps (it reads some of the same sources).
import { absoluteUrl } from './media-links';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  /** The text of the article as its JSON-LD gives it (schema.org articleBody), if any. */
  articleBody: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|NewsArticle|Story/i;
const PAGE_TYPE = /WebPage|ItemPage/i;

function jsonLdNodes(scripts: Element[]): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const obj = value as Json;
      nodes.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse((script.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return nodes;
}

function typeMatches(node: Json, regex: RegExp): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && regex.test(t));
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return str((value as Json)['name']);
  return null;
}

function imageOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return imageOf(value[0]);
  if (value && typeof value === 'object')
    return str((value as Json)['url']) ?? str((value as Json)['contentUrl']);
  return null;
}

/** The elements metadata comes from, gathered in one walk over the document. */
interface Sources {
  /** content of <meta> by property, name and itemprop (lower case), first one wins. */
  meta: Map<string, string>;
  jsonLd: Element[];
  canonical: string | null;
  times: Element[];
}

/** The page's <meta>, <script>, <link> and <time> elements, as a walk of the caller found them. */
export interface FoundSources {
  meta: readonly Element[];
  scripts: readonly Element[];
  links: readonly Element[];
  times: readonly Element[];
}

function gatherSources(doc: Document, found?: FoundSources): Sources {
  const sources: Sources = { meta: new Map(), jsonLd: [], canonical: null, times: [] };
  // By tag, not by a selector list (cheaper in a DOM-less parser, linkedom); the order of each
  // kind is the document's, which is all the reading below needs.
  const elements = found
    ? [...found.meta, ...found.scripts, ...found.links, ...found.times]
    : ['meta', 'script', 'link', 'time'].flatMap((tag) =>
        Array.from(doc.getElementsByTagName(tag)),
      );
  for (const el of elements) {
    switch (el.localName.toLowerCase()) {
      case 'meta': {
        const content = el.getAttribute('content')?.trim();
        if (!content) break;
        for (const attr of ['property', 'name', 'itemprop']) {
          const key = el.getAttribute(attr)?.trim().toLowerCase();
          if (key && !sources.meta.has(key)) sources.meta.set(key, content);
        }
        const equiv = el.getAttribute('http-equiv')?.trim().toLowerCase();
        if (equiv && !sources.meta.has(`http-equiv:${equiv}`))
          sources.meta.set(`http-equiv:${equiv}`, content);
        break;
      }
      case 'script':
        if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
          sources.jsonLd.push(el);
        break;
      case 'link':
        if (!sources.canonical && el.getAttribute('rel')?.trim().toLowerCase() === 'canonical') {
          sources.canonical = el.getAttribute('href')?.trim() || null;
        }
        break;
      case 'time':
        if (el.hasAttribute('datetime')) sources.times.push(el);
        break;
    }
  }
  return sources;
}

function metaOf(sources: Sources, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = sources.meta.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

function publicationTimeElement(times: Element[]): Element | null {
  return (
    times.find(
      (t) =>
        /\bdatePublished\b/i.test(t.getAttribute('itemprop') ?? '') || t.hasAttribute('pubdate'),
    ) ??
    times.find((t) => !!t.closest('article')) ??
    times[0] ??
    null
  );
}

/** "id-ID", "en_US", "pt-br" -> "id", "en", "pt"; null for anything that is no language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A date string as ISO 8601, keeping the page's own offset when it gives one; null if it is no date. */
export function toIsoDate(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  const m = ISO_LIKE.exec(s);
  if (m) {
    const [, y, mo, d, hh, mm, ss, zone] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    let out = `${y}-${mo}-${d}`;
    if (hh) {
      out += `T${hh}:${mm}:${ss ?? '00'}`;
      if (zone) {
        if (/z/i.test(zone)) out += 'Z';
        else {
          const digits = zone.replace(':', '');
          out += `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
        }
      }
    }
    return out;
  }
  // Only strings that carry a year are worth trusting to Date.parse.
  if (!/\b(19|20)\d{2}\b/.test(s)) return null;
  const time = Date.parse(s);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString();
}

export function readMetadata(doc: Document, url: string, found?: FoundSources): PageMetadata {
  const sources = gatherSources(doc, found);
  const nodes = jsonLdNodes(sources.jsonLd);
  const article =
    nodes.find((n) => typeMatches(n, ARTICLE_TYPE)) ??
    nodes.find((n) => typeMatches(n, PAGE_TYPE)) ??
    null;
  const publisher = article ? nameOf(article['publisher']) : null;
  const site = nodes.find((n) => typeMatches(n, /^WebSite$/i));

  const timeEl = publicationTimeElement(sources.times);
  const publishedTime =
    toIsoDate(article ? str(article['datePublished']) : null) ??
    toIsoDate(
      metaOf(
        sources,
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'publish_date',
        'DC.date.issued',
        'dc.date.issued',
        'DC.date',
        'dc.date',
        'dcterms.created',
        'sailthru.date',
        'parsely-pub-date',
        'article.published',
        'date',
      ),
    ) ??
    toIsoDate(timeEl?.getAttribute('datetime'));

  const rawImage =
    metaOf(sources, 'og:image', 'og:image:url', 'og:image:secure_url') ??
    (article ? imageOf(article['image']) : null) ??
    metaOf(sources, 'twitter:image', 'twitter:image:src');
  const canonical = sources.canonical ?? metaOf(sources, 'og:url');

  return {
    title:
      metaOf(sources, 'og:title', 'twitter:title') ?? (article ? str(article['headline']) : null),
    byline:
      (article ? nameOf(article['author']) : null) ??
      metaOf(sources, 'author', 'article:author', 'dc.creator', 'DC.creator'),
    siteName:
      metaOf(sources, 'og:site_name') ??
      publisher ??
      (site ? str(site['name']) : null) ??
      metaOf(sources, 'application-name'),
    lang:
      primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
      primaryLanguage(doc.documentElement?.getAttribute('xml:lang')) ??
      primaryLanguage(metaOf(sources, 'http-equiv:content-language')) ??
      primaryLanguage(metaOf(sources, 'og:locale', 'language', 'dc.language')) ??
      primaryLanguage(article ? str(article['inLanguage']) : null),
    publishedTime,
    leadImage: rawImage ? absoluteUrl(rawImage, url) : null,
    excerpt:
      metaOf(sources, 'og:description', 'description', 'twitter:description') ??
      (article ? str(article['description']) : null),
    canonicalUrl: canonical ? absoluteUrl(canonical, url) : null,
    articleBody: article ? str(article['articleBody']) : null,
  };
}
