// extractArticle: checks the page's size, then Readability on a private copy of it, then Ringkas's clean-up, then metadata.
// Pure: the document and its URL come in, an Article or a typed reason comes out; never throws.
import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult } from '../types';
import { detectLanguage } from '../text/detect-language';
import { packCodes } from '../text/packs';
import { wordsPerMinute } from '../lang/clutter';
import { cleanUp } from './clean-up';
import { baseUrlOf, fixMediaAndLinks, absoluteUrl } from './media-links';
import { readMetadata, primaryLanguage, toIsoDate } from './metadata';
import { countWords, plainText } from './plain-text';
import { privateCopy } from './private-copy';
import { DEFAULT_LIMITS, exceededLimit } from './size-guard';
import { leadDate } from './lead-date';
import { cleanTitle } from './title';
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

function extract(doc: Document, url: string, options: ExtractOptions): ExtractResult {
  if (!doc?.documentElement)
    return { ok: false, reason: 'not-article', message: READ_FAILURE_MESSAGES['not-article'] };
  const maxElements = options.maxElemsToParse ?? DEFAULT_LIMITS.maxElements;
  // Refuse a huge page before copying it: the copy would be as large.
  const exceeded = exceededLimit(doc, {
    maxElements,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxTextChars: options.maxTextChars ?? DEFAULT_LIMITS.maxTextChars,
  });
  if (exceeded)
    return { ok: false, reason: 'too-large', message: READ_FAILURE_MESSAGES['too-large'] };
  const target = privateCopy(doc, options.disposableDocument === true);

  // Metadata first: Readability removes the scripts that carry JSON-LD.
  const meta = readMetadata(target, url);
  const base = baseUrlOf(target, url);
  const parsed = new Readability<Element>(target, {
    maxElemsToParse: maxElements,
    keepClasses: true,
    serializer: (el) => el as Element,
  }).parse();
  const root = parsed?.content;
  if (!parsed || !root)
    return { ok: false, reason: 'not-article', message: READ_FAILURE_MESSAGES['not-article'] };

  const siteName = meta.siteName ?? clean(parsed.siteName);
  const title = cleanTitle(meta.title ?? clean(parsed.title) ?? '', siteName, url);
  const byline = cleanByline(meta.byline ?? clean(parsed.byline));
  const { removed } = cleanUp(root, { title, byline });
  fixMediaAndLinks(root, base);
  // Captions stay in the HTML the reader shows; the text (for the digest and exports) is the prose.
  const text = plainText(root, { skipCaptions: true });
  if (!text.trim())
    return { ok: false, reason: 'not-article', message: READ_FAILURE_MESSAGES['not-article'] };

  // A few hundred words tell the language; the detector reads no more.
  const detected = detectLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  const declared = meta.lang ?? primaryLanguage(parsed.lang);
  const lang = chooseLanguage(declared, detected);
  const wordCount = countWords(text);
  const leadImage = meta.leadImage ?? firstImage(root);
  const article: Article = {
    url,
    canonicalUrl: meta.canonicalUrl ?? url,
    title,
    byline,
    siteName,
    lang,
    publishedTime: meta.publishedTime ?? toIsoDate(parsed.publishedTime) ?? leadDate(text),
    excerpt: meta.excerpt ?? clean(parsed.excerpt),
    leadImage: leadImage ? absoluteUrl(leadImage, base) : null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / wordsPerMinute(lang))),
    html: serialize(root),
    text,
    removed,
  };
  return { ok: true, article };
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
