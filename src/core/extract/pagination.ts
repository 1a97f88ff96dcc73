// The article's other pages, found by structure and by the language packs, never by site:
// `<link rel="next">`, numbered pagination blocks whose links are this URL with a page number
// (a query parameter or a path segment), "next page" links ("Halaman selanjutnya", "Next page")
// and "show all" links ("Tampilkan semua", "Single page"), which win when present. Only links of
// the same origin whose address is this article's with another page number count: a "next
// article" link, archive paging and comment pages are other addresses (issue 12).
import { normalizeLabel, paginationPhrases } from '../lang/clutter';

export const PAGINATION = {
  /** Pages of one article, the first one included, that a reading joins at most. */
  maxPages: 10,
  /**
   * A page number above this is an identifier in the address, not a page; a block that links
   * one is the paging of a listing (events, reviews, search results), not of a story.
   */
  maxPageNumber: 12,
} as const;

/** Query parameters that carry a page number. */
const PAGE_PARAMS = new Set(['page', 'p', 'pg', 'paged', 'halaman', 'hal', 'seite', 'pagina']);
/** Path segments before a page number ("/page/2", "/halaman/2"). */
const PAGE_SEGMENTS = new Set(['page', 'halaman', 'hal', 'seite', 'pagina']);
/** Path endings of a single-page version of the article ("/all", "/full"). */
const ALL_SEGMENTS = new Set(['all', 'full', 'semua', 'single', 'showall', 'view-all']);
/** First path segments of archives, whose paging lists articles ("/category/news/page/2"). */
const ARCHIVE_SEGMENTS = new Set([
  'category',
  'categories',
  'kategori',
  'tag',
  'tags',
  'topic',
  'topik',
  'author',
  'penulis',
  'search',
  'cari',
  'archive',
  'arsip',
  'label',
  'indeks',
  'index',
]);
/** Class or id names of the comment section: its paging is of the comments. */
const COMMENT_NAMES = /(?:^|[^a-z])(?:comments?|replies|respond|disqus)(?:$|[^a-z])/i;

export interface ArticlePage {
  /** 1 for the first page. */
  number: number;
  url: string;
}

export interface PageLinks {
  /** The page number of the address that was read. */
  current: number;
  /** Other pages of the article found on this page, by number, without the current one. */
  pages: ArticlePage[];
  /** A single-page version of the whole article, when the page links one. */
  showAll: string | null;
}

/** Numbers above the page limit are still read, so that a listing's paging can be told apart. */
const MAX_NUMBER = 999;

interface PageAddress {
  /** The address with its page number taken out: the same for every page of one article. */
  key: string;
  number: number;
}

/** The article an address belongs to and the page number it asks for. */
export function pageAddress(href: string, base?: string): PageAddress | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
  if (!/^(?:https?|file):$/.test(url.protocol)) return null;
  url.hash = '';
  let number = 1;
  for (const [name, value] of [...url.searchParams]) {
    if (!PAGE_PARAMS.has(name.toLowerCase())) continue;
    if (!/^\d{1,3}$/.test(value)) return null;
    number = Number(value);
    url.searchParams.delete(name);
  }
  const segments = url.pathname.split('/');
  const trailingSlash = segments.length > 1 && segments[segments.length - 1] === '';
  if (trailingSlash) segments.pop();
  const last = segments[segments.length - 1] ?? '';
  if (number === 1 && /^\d{1,2}$/.test(last) && segments.length > 2) {
    number = Number(last);
    segments.pop();
    if (PAGE_SEGMENTS.has((segments[segments.length - 1] ?? '').toLowerCase())) segments.pop();
  }
  if (number < 1 || number > MAX_NUMBER) return null;
  url.pathname = segments.join('/') || '/';
  url.search = url.searchParams.toString();
  return { key: url.href.replace(/\/$/, ''), number };
}

/** "Halaman 2", "Page 2", "Seite 2", "2", "[2]": the text of a link to page N. */
function numberedText(normalized: string, pageWords: readonly string[]): number | null {
  const match = /^(?:([\p{L}]+) )?#$/u.exec(normalized);
  if (!match) return null;
  if (match[1] && !pageWords.includes(match[1])) return null;
  return 0; // the number itself is normalised away; the address gives it
}

function inComments(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (names.length > 1 && COMMENT_NAMES.test(names)) return true;
  }
  return false;
}

/** The home page and archive listings have pages of links, not pages of one article. */
function isArchive(key: string): boolean {
  const segments = new URL(key).pathname.split('/').filter(Boolean);
  return segments.length === 0 || ARCHIVE_SEGMENTS.has((segments[0] ?? '').toLowerCase());
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** A single-page version: same origin, this article's path (or it with "/all"), another address. */
function isShowAll(href: string, self: PageAddress, url: string): boolean {
  if (!sameOrigin(href, url)) return false;
  const target = new URL(href);
  target.hash = '';
  const segments = target.pathname.replace(/\/$/, '').split('/');
  if (ALL_SEGMENTS.has((segments[segments.length - 1] ?? '').toLowerCase())) segments.pop();
  const selfUrl = new URL(self.key);
  return (
    segments.join('/').replace(/\/$/, '') === selfUrl.pathname.replace(/\/$/, '') &&
    target.href !== new URL(url).href
  );
}

/** The article's other pages as this page links them (nothing is fetched here). */
export function findPageLinks(doc: Document, url: string): PageLinks {
  const self = pageAddress(url);
  const none: PageLinks = { current: self?.number ?? 1, pages: [], showAll: null };
  if (!self || self.number > PAGINATION.maxPageNumber || isArchive(self.key)) return none;
  const phrases = paginationPhrases();
  const found = new Map<number, string>();
  const add = (href: string, address: PageAddress): void => {
    if (address.key !== self.key || address.number === self.number) return;
    if (!sameOrigin(href, url) || found.has(address.number)) return;
    const absolute = new URL(href, url);
    absolute.hash = '';
    found.set(address.number, absolute.href);
  };
  for (const link of Array.from(doc.querySelectorAll('link[rel~="next" i][href]'))) {
    const href = new URL(link.getAttribute('href') ?? '', url).href;
    const address = pageAddress(href);
    if (address) add(href, address);
  }
  let showAll: string | null = null;
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const raw = a.getAttribute('href') ?? '';
    if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) continue;
    let href: string;
    try {
      href = new URL(raw, url).href;
    } catch {
      continue;
    }
    const text = normalizeLabel(a.textContent ?? '');
    if (!text && !/\bnext\b/i.test(a.getAttribute('rel') ?? '')) continue;
    if (showAll === null && phrases.showAll.has(text) && isShowAll(href, self, url)) {
      if (!inComments(a)) showAll = href;
      continue;
    }
    const address = pageAddress(href);
    if (!address || address.key !== self.key) continue;
    const named =
      /\bnext\b/i.test(a.getAttribute('rel') ?? '') ||
      phrases.next.has(text) ||
      numberedText(text, phrases.pageWords) !== null;
    if (named && !inComments(a)) add(href, address);
  }
  if ([...found.keys()].some((n) => n > PAGINATION.maxPageNumber)) return { ...none, showAll };
  const pages = [...found.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([number, pageUrl]) => ({ number, url: pageUrl }));
  return { current: self.number, pages, showAll };
}
