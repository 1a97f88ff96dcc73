// Text blocks of an article as the clean-up sees them: text, words, words in links, and the
// judgements made on one block (named clutter, a date line, the label at its head).
import type { RemovedKind } from '../types';
import { normalizeLabel } from '../lang/clutter';
import { countWords, isBlockTag, tagOf } from './plain-text';
import { CLEANUP, KEEP_TAGS, MEDIA_SELECTOR } from './clean-up-rules';
import { isPhoneNumber } from './phone';

export interface Block {
  el: Element;
  text: string;
  words: number;
  linkWords: number;
  /** Words in links whose text is not a bare address. */
  teaserWords: number;
  heading: boolean;
  /** The head of the text as labelHead gives it, once it was asked for. */
  label?: string;
}

export const WORD = /[\p{L}\p{N}]+/gu;
const NUMBER = /^\p{N}+$/u;
const YEAR_OR_DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
const CLOCK = /\b\d{1,2}:\d{2}\b/;
export const SENTENCE_END = /[.!?。！？…"”»']\s*$/u;
export const COPYRIGHT = /©|\(c\)\s*(?:19|20)\d{2}/i;

const wordsOf = (text: string): string[] => text.match(WORD) ?? [];
/** Words, with characters of scripts written without spaces counted as half a word each. */
export const wordCount = countWords;
export const collapse = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A link whose text is an address (www.example.com, name@example.com) is a reference, not a
 * teaser: no spaces and a dot inside (in code: the regex /^\S+\.\S+$/ backtracks on runs of dots). */
const isAddressText = (text: string): boolean =>
  /^\S{3,}$/.test(text) && text.slice(1, -1).includes('.');

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isBlockTag(tagOf(child))) return true;
  }
  return false;
}

/** Text, words and words inside links of an element, in one walk of its subtree. */
export function toBlock(el: Element): Block {
  let text = '';
  let linkWords = 0;
  let teaserWords = 0;
  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        if (!inLink && tagOf(child as Element) === 'a') {
          const start = text.length;
          walk(child, true);
          const linkText = collapse(text.slice(start));
          const words = wordCount(linkText);
          linkWords += words;
          if (!isAddressText(linkText)) teaserWords += words;
        } else {
          walk(child, inLink);
        }
      }
    }
  };
  if (tagOf(el) === 'a') {
    text = el.textContent ?? '';
    linkWords = teaserWords = wordCount(text);
  } else {
    walk(el, false);
  }
  text = collapse(text);
  return {
    el,
    text,
    words: wordCount(text),
    linkWords,
    teaserWords,
    heading: /^h[1-6]$/.test(tagOf(el)),
  };
}

/** Text blocks (block elements without block children) and whole lists, in document order. */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = tagOf(child);
      if (!isBlockTag(tag)) continue;
      if (tag === 'ul' || tag === 'ol' || tag === 'dl' || !hasBlockChild(child))
        blocks.push(toBlock(child));
      else visit(child);
    }
  };
  visit(root);
  return blocks;
}

export function containsMedia(el: Element): boolean {
  return KEEP_TAGS.has(tagOf(el)) || !!el.querySelector(MEDIA_SELECTOR);
}

export const linkDensity = (b: Block): number => (b.words ? b.linkWords / b.words : 0);

/** Kinds that are boxes of links: named so, they must also look like links or a label. */
const LINK_BOX_KINDS = new Set<RemovedKind>(['related', 'tags', 'navigation', 'breadcrumb']);

/**
 * A block whose class or id names clutter is clutter when it is small beside the article and is
 * no prose: an author box or a list of links, not the wrapper of the text that happens to carry
 * "share-enabled", nor a paragraph of a listing that a theme calls "teaser".
 */
export function isNamedClutter(block: Block, kind: RemovedKind, totalWords: number): boolean {
  if (totalWords && block.words / totalWords > CLEANUP.maxNamedShare) return false;
  const prose = block.words - block.linkWords;
  if (LINK_BOX_KINDS.has(kind))
    return (
      linkDensity(block) >= CLEANUP.namedLinkBoxDensity ||
      prose <= CLEANUP.maxNamedLinkBoxProseWords
    );
  return (
    prose <= CLEANUP.maxNamedProseWords ||
    linkDensity(block) >= 0.5 ||
    kind === 'author-bio' ||
    kind === 'comments'
  );
}

/** "Kamis, 5 November 2015 14:56 WIB", "Updated 11:21 pm CST, Nov 19, 2019", "By X - 11/18/19". */
export function isTimestampLine(text: string): boolean {
  const words = wordsOf(text);
  if (!words.length || words.length > CLEANUP.maxTimestampWords) return false;
  if (!YEAR_OR_DATE.test(text) && !CLOCK.test(text)) return false;
  if (isPhoneNumber(text)) return false;
  const numbers = words.filter((w) => NUMBER.test(w)).length;
  return numbers / words.length >= CLEANUP.timestampNumberShare;
}

/** Labels are short: only the head of a block is normalised to look for one. */
export const LABEL_HEAD_CHARS = 120;

export function labelHead(block: Block): string {
  block.label ??= normalizeLabel(
    block.text.length <= LABEL_HEAD_CHARS ? block.text : block.text.slice(0, LABEL_HEAD_CHARS),
  );
  return block.label;
}

/** Index in the text just after the first `words` words. */
export function labelEnd(text: string, words: number): number {
  const re = new RegExp(WORD.source, 'gu');
  let end = 0;
  for (let i = 0; i < words; i++) {
    const m = re.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
  }
  return end;
}
