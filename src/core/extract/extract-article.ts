// extractArticle: checks the page's size, then Readability on a private copy of it, then Ringkas's clean-up, then metadata.
// Pure: the document and its URL come in, an Article or a typed reason comes out; never throws.
import { Readability } from '@mozilla/readability';
import type { Article, ExtractFailureReason, ExtractResult, RemovedBlock } from '../types';
import { detectLanguage } from '../text/detect-language';
import { packCodes } from '../text/packs';
import { wordsPerMinute } from '../lang/clutter';
import { cleanUp } from './clean-up';
import { betterCandidate, isWeak, missedBlock } from './candidates';
import { schemaBodyInstead } from './schema-body';
import { listParagraphs, strippedBlock } from './stripped-block';
import { baseUrlOf, fixMediaAndLinks, absoluteUrl } from './media-links';
import { readMetadata, primaryLanguage, toIsoDate } from './metadata';
import { countWords, isCaption, plainText, tagOf } from './plain-text';
import { privateCopy, unclobber } from './private-copy';
import { scanPage } from './page-scan';
import { BREAK_MARK, foldLineBreaks, unfoldLineBreaks } from './line-breaks';
import { DEFAULT_LIMITS } from './size-guard';
import { leadDate, splitBylineDate } from './lead-date';
import { cleanTitle } from './title';
import { adoptStrayPage } from './stray-page';
import { READ_FAILURE_MESSAGES } from './messages';

export interface ExtractOptions {
  /** Refuse pages with more elements than this (Readability's own guard, checked first by us). */
  maxElemsToParse?: number;
  /** Refuse pages nested deeper than this. */
  maxDepth?: number;
  /** Refuse pages with more characters of text than this. */
  maxTextChars?: number;
  /**
   * The document is a private copy nobody shows (the CLI and the benchmark parse the HTML for
   * this call only): Readability may then change it in place, which saves a clone. Leave it
   * false for a live page.
   */
  disposableDocument?: boolean;
  /**
   * With disposableDocument: the document was parsed and made safe from DOM clobbering by the
   * caller (read-markup.ts), so that walk is not done twice.
   */
  unclobbered?: boolean;
}

export { READ_FAILURE_MESSAGES };

const TOO_MANY_ELEMENTS = /Aborting parsing document/;
const LANGUAGE_SAMPLE_CHARS = 3000;

export function extractArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractResult {
  try {
    return extract(doc, url, options);
  } catch (error) {
    if (error instanceof Error && TOO_MANY_ELEMENTS.test(error.message)) {
      return { ok: false, reason: 'too-large', message: READ_FAILURE_MESSAGES['too-large'] };
    }
    // Includes RangeError from a stack a DOM implementation could not unwind.
    return { ok: false, reason: 'error', message: READ_FAILURE_MESSAGES.error };
  }
}

/** One page read and cleaned, before its text is measured: what pages are joined from. */
export interface ExtractedPage {
  url: string;
  /** The article element, cleaned, links and media made absolute (a private copy). */
  root: Element;
  meta: ReturnType<typeof readMetadata>;
  title: string;
  byline: string | null;
  siteName: string | null;
  declaredLang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  base: string;
  removed: RemovedBlock[];
}

export type ExtractPageResult =
  { ok: true; page: ExtractedPage } | { ok: false; reason: ExtractFailureReason; message: string };

const notArticle = {
  ok: false,
  reason: 'not-article',
  message: READ_FAILURE_MESSAGES['not-article'],
} as const;

/** Readability and the clean-up on one page; extractArticle and the page join use it. */
export function extractPage(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractPageResult {
  try {
    return extractParts(doc, url, options);
  } catch (error) {
    if (error instanceof Error && TOO_MANY_ELEMENTS.test(error.message)) {
      return { ok: false, reason: 'too-large', message: READ_FAILURE_MESSAGES['too-large'] };
    }
    return { ok: false, reason: 'error', message: READ_FAILURE_MESSAGES.error };
  }
}

function extractParts(doc: Document, url: string, options: ExtractOptions): ExtractPageResult {
  if (!doc?.documentElement) return notArticle;
  const maxElements = options.maxElemsToParse ?? DEFAULT_LIMITS.maxElements;
  // Refuse a huge page before copying it: the copy would be as large. The same walk finds what
  // the steps before Readability read (src/core/extract/page-scan.ts).
  const disposable = options.disposableDocument === true;
  const scan = scanPage(doc, {
    maxElements,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxTextChars: options.maxTextChars ?? DEFAULT_LIMITS.maxTextChars,
  });
  if (scan.exceeded)
    return { ok: false, reason: 'too-large', message: READ_FAILURE_MESSAGES['too-large'] };
  const target = privateCopy(doc, disposable, true);
  let found = target === doc ? scan : scanPage(target, null);
  if (!(disposable && options.unclobbered === true)) unclobber(target, found.named);

  // A stray page moved into place: its elements are where the walk did not see them.
  const rootBefore = target.documentElement;
  if (adoptStrayPage(target) || target.documentElement !== rootBefore)
    found = scanPage(target, null);
  // Metadata first: Readability removes the scripts that carry JSON-LD.
  const meta = readMetadata(target, url, found);
  const base = baseUrlOf(target, url, found.bases);
  // Lone <br> out of Readability's way (src/core/extract/line-breaks.ts), back right after it.
  const folded = target.documentElement ? foldLineBreaks(target.documentElement, found).folded : 0;
  // The paragraphs as the page has them: Readability detaches some, the fallbacks look at them.
  const paragraphs = listParagraphs(target);
  const readability = new Readability<Element>(target, {
    maxElemsToParse: maxElements,
    keepClasses: true,
    serializer: (el) => el as Element,
  }).parse();
  const parsed = folded ? withoutMarks(readability) : readability;
  let root = parsed?.content ?? null;
  if (folded && root) unfoldLineBreaks(root);
  // Readability found nothing or little: it put the page back, other candidates may read it.
  if (!root || isWeak(parsed)) {
    if (folded && target.documentElement) unfoldLineBreaks(target.documentElement);
    root = betterCandidate(target, root, meta.articleBody) ?? root;
  } else {
    // Readability took a block with less prose than one it left (a form, a notice, a bio).
    root = missedBlock(target, root, parsed?.length ?? 0) ?? root;
  }
  // A short answer beside a block of prose Readability stripped (a "banner", a <noscript>).
  root = strippedBlock(paragraphs, root, parsed?.length ?? 0) ?? root;
  // Readability's own clean-up took the article: the page's JSON-LD articleBody holds it.
  root = schemaBodyInstead(target, root, meta.articleBody, paragraphs.paragraphs) ?? root;
  if (!root) return notArticle;

  const siteName = meta.siteName ?? clean(parsed?.siteName);
  const title = cleanTitle(meta.title ?? clean(parsed?.title) ?? '', siteName, url);
  // A byline that holds the date gives the name to the byline and the date to publishedTime.
  const rawByline = cleanByline(meta.byline ?? clean(parsed?.byline));
  const bylineParts = rawByline ? splitBylineDate(rawByline) : { name: null, date: null };
  const byline = bylineParts.name;
  const { removed } = cleanUp(root, { title, byline });
  fixMediaAndLinks(root, base);
  return {
    ok: true,
    page: {
      url,
      root,
      meta,
      title,
      byline,
      siteName,
      declaredLang: meta.lang ?? primaryLanguage(parsed?.lang),
      publishedTime: meta.publishedTime ?? toIsoDate(parsed?.publishedTime) ?? bylineParts.date,
      excerpt: meta.excerpt ?? clean(parsed?.excerpt),
      base,
      removed,
    },
  };
}

/** The article of one extracted page (or of pages joined into the first one's root). */
export function articleOf(page: ExtractedPage): ExtractResult {
  const { root, meta, url } = page;
  // Captions stay in the HTML the reader shows; the text (for the digest and exports) is the prose.
  // Soft hyphens (U+00AD) are hints for breaking a word in the HTML; in the text they split it.
  const text = withoutSoftHyphens(proseOrGallery(root));
  // Whether this is an article at all is readPage's to say (a run of prose); empty is none.
  if (!text.trim()) return notArticle;
  // A few hundred words tell the language; the detector reads no more.
  const detected = detectLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  const lang = chooseLanguage(page.declaredLang, detected);
  const wordCount = countWords(text);
  const leadImage = meta.leadImage ?? firstImage(root);
  const article: Article = {
    url,
    canonicalUrl: meta.canonicalUrl ?? url,
    title: page.title,
    byline: page.byline,
    siteName: page.siteName,
    lang,
    publishedTime: page.publishedTime ?? leadDate(text),
    excerpt: page.excerpt,
    leadImage: leadImage ? absoluteUrl(leadImage, page.base) : null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / wordsPerMinute(lang))),
    html: serialize(root),
    text,
    removed: page.removed,
  };
  return { ok: true, article };
}

function extract(doc: Document, url: string, options: ExtractOptions): ExtractResult {
  const result = extractParts(doc, url, options);
  return result.ok ? articleOf(result.page) : result;
}

type Parsed<T> = ReturnType<Readability<T>['parse']>;

/** Readability's strings without the fold's markers (a <br> adds no text to textContent). */
function withoutMarks<T>(parsed: Parsed<T>): Parsed<T> {
  if (!parsed) return parsed;
  const strip = (s: string | null | undefined) => s?.replaceAll(BREAK_MARK, '') ?? s;
  const textContent = strip(parsed.textContent) ?? '';
  return {
    ...parsed,
    textContent,
    length: textContent.length,
    title: strip(parsed.title),
    byline: strip(parsed.byline),
    excerpt: strip(parsed.excerpt),
    siteName: strip(parsed.siteName),
  } as Parsed<T>;
}

/** Captions hold most of the words: the page is a gallery, and its captions are its text. */
const GALLERY_CAPTION_SHARE = 0.5;
const MAYBE_CAPTION = 'figcaption, [class*="caption" i], [class*="credit" i]';

/**
 * The article's text without its captions, unless the captions hold most of its words (a
 * gallery or slideshow whose story is told slide by slide under the pictures).
 */
export function proseOrGallery(root: Element): string {
  const prose = plainText(root, { skipCaptions: true });
  // The captions' words, counted on the captions alone (most articles have none or a few).
  let captionWords = 0;
  let last: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(MAYBE_CAPTION))) {
    // In document order: a caption inside one counted already is counted with it.
    if ((last && last.contains(el)) || !isCaption(el, tagOf(el))) continue;
    captionWords += countWords(el.textContent ?? '');
    last = el;
  }
  if (!captionWords) return prose;
  const proseCount = countWords(prose);
  if (proseCount >= (1 - GALLERY_CAPTION_SHARE) * (proseCount + captionWords)) return prose;
  return plainText(root);
}

/** The text without soft hyphens: "Mit\u00adtel\u00adal\u00adter" is read and searched as "Mittelalter". */
export function withoutSoftHyphens(text: string): string {
  return text.includes('\u00ad') ? text.replaceAll('\u00ad', '') : text;
}

function clean(value: string | null | undefined): string | null {
  const s = (value ?? '').replace(/\s+/g, ' ').trim();
  return s || null;
}

function cleanByline(value: string | null): string | null {
  if (!value || value.length > 120 || /^https?:\/\//i.test(value)) return null;
  return value;
}

/**
 * The declared language, unless the text says otherwise in a language the detector knows and
 * the declared one is also a language it knows (themes often ship lang="en-US" on pages in
 * other languages; a detector that does not know German cannot overrule "de").
 */
function chooseLanguage(declared: string | null, detected: string): string {
  if (!declared) return detected;
  if (detected === 'und' || detected === declared) return declared;
  return packCodes().includes(declared) ? detected : declared;
}

function firstImage(root: Element): string | null {
  return root.querySelector('img[src]')?.getAttribute('src') ?? null;
}

function serialize(root: Element): string {
  // Reading the markup of our own copy; the string is sanitised at every sink.
  // eslint-disable-next-line no-restricted-properties
  return root.outerHTML;
}
