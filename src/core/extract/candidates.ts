// Nothing refused that a person can read (issue 12). When Readability finds nothing, or less than
// its own threshold after relaxing all its flags (it then puts the page back as it was, so the
// page can be read again here), other candidates are tried: the page's schema.org articleBody
// (JSON-LD or an itemprop element) and a text-density block finder over the body. The one with
// the most prose wins, Readability's own among them.
import { countWords, plainText, tagOf } from './plain-text';
import { toBlock } from './blocks';
import { clutterLexicon } from '../lang/clutter';
import { isNamedAnswer } from './named-answer';

export const CANDIDATES = {
  /** Readability's own threshold (characters of text): below it, its answer is weak. */
  weakChars: 500,
  /** A paragraph of prose has at least this many words ... */
  proseParagraphWords: 12,
  /** ... (or this many without any punctuation), and the article has ... */
  unpunctuatedProseWords: 40,
  /** ... at least this many words in such paragraphs. */
  minProseWords: 16,
  /** Without prose, this many words are still a reading (a list, a poem), not a form. */
  minWordsWithoutProse: 100,
  /** A block of the density finder has at most this share of its words in links. */
  maxLinkDensity: 0.3,
  /**
   * A block left beside Readability's answer is weighed only when its prose words times this are
   * at least Readability's characters (about half its words: text averages 6 characters a word).
   */
  charsPerWordAtMost: 12,
} as const;

/** A sentence ends somewhere in the paragraph (a label or a menu has none). */
const SENTENCE_MARK = /[\p{L}\p{N})"”»'’][.!?。！？…]|[。！？]/u;

/**
 * Words in paragraphs (lines) that read as prose: long enough and holding a sentence, or so long
 * that they are text whatever their punctuation.
 */
export function proseWords(text: string): number {
  let words = 0;
  for (const paragraph of text.split(/\n+/)) {
    const n = countWords(paragraph);
    if (n < CANDIDATES.proseParagraphWords) continue;
    if (n >= CANDIDATES.unpunctuatedProseWords || SENTENCE_MARK.test(paragraph)) words += n;
  }
  return words;
}

/**
 * "No article" is for a page with no run of prose, not for a short one: a 40-word brief is an
 * article, a sign-in form or a cookie notice of labels is not.
 */
export function hasProse(text: string): boolean {
  return proseWords(text) >= CANDIDATES.minProseWords;
}

/**
 * Text a person reads: a run of prose, or a body of text too long to be a form or a notice (a
 * list of names, a poem, a table of results).
 */
export function isReadable(text: string): boolean {
  return hasProse(text) || countWords(text) >= CANDIDATES.minWordsWithoutProse;
}

/** Readability's answer is weak: none, or shorter than its threshold (its own `length`). */
export function isWeak(parsed: { length?: number | null } | null | undefined): boolean {
  return !parsed || (parsed.length ?? 0) < CANDIDATES.weakChars;
}

/** The element whose paragraphs of prose (few links) hold the most words, and those words. */
export function densestBlock(doc: Document): { el: Element; words: number } | null {
  // Readability may have taken the whole page, root and all (a DOM then has no body to make).
  const body = doc.documentElement ? doc.body : null;
  if (!body) return null;
  const byParent = new Map<Element, number>();
  // By tag, not by a selector list: several times cheaper in a DOM-less parser (linkedom).
  for (const tag of ['p', 'pre', 'blockquote'])
    for (const p of Array.from(body.getElementsByTagName(tag))) {
      const { words, linkWords } = toBlock(p);
      if (words < CANDIDATES.proseParagraphWords) continue;
      if (linkWords > CANDIDATES.maxLinkDensity * words) continue;
      const parent = p.parentElement;
      if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + words);
    }
  let best: { el: Element; words: number } | null = null;
  for (const [el, words] of byParent) if (!best || words > best.words) best = { el, words };
  return best;
}

/** The articleBody of the page's JSON-LD, as paragraphs in an element of this document. */
export function jsonLdBody(doc: Document, articleBody: string | null): Element | null {
  if (!articleBody || !articleBody.trim()) return null;
  const root = doc.createElement('div');
  for (const line of articleBody.split(/\n+/)) {
    const text = line.trim();
    if (!text) continue;
    const p = doc.createElement('p');
    p.textContent = text;
    root.appendChild(p);
  }
  return root.firstChild ? root : null;
}

/** Another element to read when Readability's answer is weak, or null to keep Readability's. */
export function betterCandidate(
  doc: Document,
  readability: Element | null,
  articleBody: string | null,
): Element | null {
  const score = (el: Element | null): number => (el ? proseWords(plainText(el)) : 0);
  let best: Element | null = null;
  // An answer that is an author box or comments gives way to any candidate with a run of prose.
  let bestScore = isNamedAnswer(readability) ? CANDIDATES.minProseWords - 1 : score(readability);
  const itemprop = doc.querySelector('[itemprop~="articleBody" i]');
  for (const candidate of [
    itemprop && tagOf(itemprop) !== 'meta' ? itemprop : null,
    densestBlock(doc)?.el ?? null,
    jsonLdBody(doc, articleBody),
  ]) {
    const s = score(candidate);
    if (candidate && s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}

/** Kinds of page area whose prose is not the article (readers' comments, teasers of others). */
const NOT_THE_ARTICLE = new Set(['comments', 'related', 'navigation', 'author-bio']);

/** The block or one of its containers is named as comments, related links, an author box. */
export function inNamedArea(el: Element): boolean {
  const lexicon = clutterLexicon();
  for (let e: Element | null = el; e && tagOf(e) !== 'body'; e = e.parentElement) {
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    const kind = names.length > 1 ? lexicon.name(names) : null;
    if (kind && NOT_THE_ARTICLE.has(kind)) return true;
  }
  return false;
}

/**
 * The block Readability left behind when it holds more prose than Readability's answer. The page
 * after Readability has its article moved out and its unlikely parts stripped, so the densest
 * block left is the best text Readability did not take: when Readability took a form, a notice
 * or an author box, the article beside it is that block. Blocks in areas named as comments,
 * related links or an author box are no article, whatever their prose.
 */
export function missedBlock(
  doc: Document,
  readability: Element,
  readabilityChars: number,
): Element | null {
  const densest = densestBlock(doc);
  // Far fewer words than Readability's characters suggest: no contest, nothing more to read.
  if (!densest || densest.words * CANDIDATES.charsPerWordAtMost < readabilityChars) return null;
  const left = densest.el;
  const theirs = proseWords(plainText(left));
  if (theirs <= proseWords(plainText(readability)) || inNamedArea(left)) return null;
  return left;
}
