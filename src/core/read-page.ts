// The whole reading pipeline for one page: extraction, then the digest (facts and summary).
// Used by the content script, the CLI and the benchmarks.
import {
  extractArticle,
  type ExtractOptions,
  READ_FAILURE_MESSAGES,
} from './extract/extract-article';
import { DEFAULT_LIMITS, exceededLimit } from './extract/size-guard';
import { analyze } from './analyze';
import { DEFAULT_SENTENCES } from './summary/summarize';
import type { Article, ReadResult } from './types';

/**
 * Fewer words than this is not an article but a page with a few labels in it (a sign-in form, a
 * cookie wall, an empty shell that loads its text later); even a news brief has more.
 */
export const MIN_ARTICLE_WORDS = 30;

export interface ReadPageOptions extends ExtractOptions {
  summarySentences?: number;
}

/** Addresses the UI opens or loads outside the sanitiser (the "open original" link, the lead image). */
const WEB_URL = /^https?:\/\//i;

/**
 * A page chooses its own canonical URL and images: a javascript: or data: address there must not
 * reach a link, an <img> or the library (which refuses anything but http(s) and would then fail to
 * save the article). Found by the hostile-page suite (tests/fixtures/hostile/urls.html).
 */
function webAddressesOnly(article: Article, url: string): void {
  if (article.leadImage !== null && !WEB_URL.test(article.leadImage)) article.leadImage = null;
  if (article.canonicalUrl !== url && !WEB_URL.test(article.canonicalUrl))
    article.canonicalUrl = url;
}

/** A method or getter as the object's prototype chain defines it, out of reach of named properties. */
function builtIn(target: object, name: string): ((...args: unknown[]) => unknown) | null {
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return (descriptor.get ?? descriptor.value) as (...args: unknown[]) => unknown;
  }
  return null;
}

function callBuiltIn<T>(target: object, name: string, ...args: unknown[]): T {
  const fn = builtIn(target, name);
  if (typeof fn === 'function') return fn.apply(target, args) as T;
  // Some DOM implementations (linkedom) keep plain properties on the instance; no clobbering there.
  const own = (target as Record<string, unknown>)[name];
  if (typeof own === 'function') return (own as (...a: unknown[]) => T).apply(target, args);
  if (own !== undefined && args.length === 0) return own as T;
  throw new TypeError(`${name} is not available`);
}

/** Elements a document exposes by name (and id), and those a form exposes as its own properties. */
const DOCUMENT_NAMED = new Set(['img', 'form', 'embed', 'object', 'iframe']);
const FORM_LISTED = new Set([
  'input',
  'button',
  'select',
  'textarea',
  'fieldset',
  'output',
  'object',
  'img',
]);
const NAMED_ELEMENTS = [...new Set([...DOCUMENT_NAMED, ...FORM_LISTED])]
  .map((tag) => `${tag}[id], ${tag}[name]`)
  .join(', ');

/**
 * DOM clobbering: `<img name="querySelector">` makes document.querySelector an element, and
 * `<input name="getAttribute">` does the same to its form's getAttribute, so every DOM walk over
 * the page throws. On our own copy, ids and names that shadow a property of the document or of a
 * form lose that attribute (the sanitiser drops ids and names anyway). Found by the hostile-page
 * suite (tests/fixtures/hostile/clobbering.html), where the popup said "could not read this page".
 */
function unclobber(doc: Document): void {
  const documentProto = Object.getPrototypeOf(doc) as object;
  const forms = callBuiltIn<ArrayLike<Element>>(doc, 'querySelectorAll', 'form');
  const formProto = forms.length > 0 ? (Object.getPrototypeOf(forms[0] as object) as object) : null;
  const named = callBuiltIn<ArrayLike<Element>>(doc, 'querySelectorAll', NAMED_ELEMENTS);
  for (const element of Array.from(named)) {
    const tag = String(callBuiltIn(element, 'localName')).toLowerCase();
    for (const attribute of ['id', 'name']) {
      const value = callBuiltIn<string | null>(element, 'getAttribute', attribute);
      if (!value) continue;
      const shadowsDocument = DOCUMENT_NAMED.has(tag) && value in documentProto;
      const shadowsForm = formProto !== null && FORM_LISTED.has(tag) && value in formProto;
      if (shadowsDocument || shadowsForm) callBuiltIn(element, 'removeAttribute', attribute);
    }
  }
}

/** A private copy of the page for extraction (or the page itself when the caller says it is one). */
function privateCopy(doc: Document, disposable: boolean): Document {
  const copy = disposable ? doc : callBuiltIn<Document>(doc, 'cloneNode', true);
  unclobber(copy);
  return copy;
}

export function readPage(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
  now: () => number = () => performance.now(),
): ReadResult {
  const start = now();
  // Refuse a huge page before copying it; the copy is the same size, so extraction skips its check.
  const limits = {
    maxElements: options.maxElemsToParse ?? DEFAULT_LIMITS.maxElements,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxTextChars: options.maxTextChars ?? DEFAULT_LIMITS.maxTextChars,
  };
  if (exceededLimit(doc, limits))
    return { ok: false, reason: 'too-large', message: READ_FAILURE_MESSAGES['too-large'] };
  let copy: Document;
  try {
    copy = privateCopy(doc, options.disposableDocument === true);
  } catch {
    return { ok: false, reason: 'error', message: READ_FAILURE_MESSAGES.error };
  }
  const extracted = extractArticle(copy, url, {
    ...options,
    disposableDocument: true,
    sizeChecked: true,
  });
  if (!extracted.ok) return extracted;
  const { article } = extracted;
  if (article.wordCount < MIN_ARTICLE_WORDS)
    return { ok: false, reason: 'not-article', message: READ_FAILURE_MESSAGES['not-article'] };
  webAddressesOnly(article, url);
  const digest = analyze(article.text.split(/\n{2,}/), {
    lang: article.lang,
    publishedTime: article.publishedTime,
    title: article.title,
    summarySentences: options.summarySentences ?? DEFAULT_SENTENCES,
  });
  return { ok: true, article, digest, ms: now() - start };
}
