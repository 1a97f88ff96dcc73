// Ringkas's clean-up of Readability's output: boilerplate that Readability keeps (share labels,
// reply forms, "read also" boxes, ad labels, tag lists, date lines, ...) found by structure
// (class and id names, link density, short blocks at the edges of the body) together with the
// phrases of the clutter packs. A paragraph of article text that merely contains such a word
// stays: a phrase only counts when it is the whole block, or labels a short or link-filled one.
import type { RemovedBlock, RemovedKind } from '../types';
import { clutterLexicon, normalizeLabel, type ClutterLexicon } from '../lang/clutter';
import { countWords, isBlockTag, tagOf } from './plain-text';

/** Thresholds of the rules, in one place. */
export const CLEANUP = {
  /** A labelled block ("Baca juga: ...") is clutter up to this many words after the label. */
  maxLabelledWords: 40,
  /** ... when at least this share of its text after the label is links, */
  labelledLinkDensity: 0.5,
  /** ... or a separator follows the label and at most this many words follow it. */
  maxSeparatedWords: 15,
  /** Kinds that only label short blocks ("Editor: X") allow this many words after the label. */
  maxShortLeadWords: 12,
  /** A block named clutter by class or id is kept when it holds this share of the article's words. */
  maxNamedShare: 0.4,
  /** ... or this many words outside links (prose, not a box of links). */
  maxNamedProseWords: 60,
  /** A box named "related" or "tags" is one when this share of its words is links. */
  namedLinkBoxDensity: 0.3,
  /** ... or it has at most this many words outside links (a heading and a few links). */
  maxNamedLinkBoxProseWords: 25,
  /** Words of a paragraph that counts as article text, when its link density is low. */
  substantialWords: 12,
  substantialMaxLinkDensity: 0.3,
  /** ... and ends like a sentence, unless it has at least this many words. */
  unpunctuatedSubstantialWords: 25,
  /** An edge block (before the first or after the last article paragraph) made of links. */
  edgeLinkDensity: 0.5,
  /** ... and when it ends like a sentence, at least this share of links. */
  sentenceLinkDensity: 0.8,
  /** A date line: at most this many words, at least this share of them numbers. */
  maxDatelineWords: 16,
  datelineNumberShare: 0.4,
  /** Short notes at the end (copyright, "follow us"): at most this many words. */
  maxTrailingNoteWords: 40,
  /** The page's article element holds at least this share of the words ... */
  afterArticleBodyShare: 0.7,
  /** ... and what precedes it is at most this share of its size, ... */
  maxBeforeArticleShare: 0.15,
  /** ... and what follows it at most this share. */
  maxAfterArticleShare: 0.3,
  /** A fragment after the last paragraph (a widget label, "(mea/mea)"): at most this many words, no full stop. */
  maxFragmentWords: 3,
  /** A caption found by structure has at most this many words. */
  maxCaptionWords: 80,
  /** Characters of the removed text kept for the "removed" list. */
  excerptChars: 80,
} as const;

/** Kinds whose label heads the block after it: a heading "Related" and its list of links. */
const HEADING_KINDS = new Set<RemovedKind>([
  'related',
  'tags',
  'comments',
  'newsletter',
  'share',
  'author-bio',
]);
/** Kinds a lead label may name only on a short block ("Editor: X", "Tags: a, b"). */
const SHORT_LEAD_KINDS = new Set<RemovedKind>([
  'author-bio',
  'tags',
  'breadcrumb',
  'navigation',
  'share',
  'comments',
  'dateline',
]);
/** Kinds whose phrases name a whole block only ("Photo", "Close"), never label one ("Photo: ..."). */
const EXACT_ONLY_KINDS = new Set<RemovedKind>(['other']);
/** Kinds a lead label names at the end of the article without a separator ("Follow us on ..."). */
const TRAILING_LEAD_KINDS = new Set<RemovedKind>([
  'newsletter',
  'share',
  'related',
  'comments',
  'author-bio',
  'other',
]);

const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, table, pre';
const KEEP_TAGS = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'svg',
  'table',
  'pre',
  'code',
  'math',
]);
/** Elements that wrap an image and its caption when a theme does not use <figure>. */
const CAPTION_CONTAINERS = new Set(['div', 'section', 'figure', 'span', 'center']);
/** Embedded posts (tweets, Instagram) are quotes of the article, whatever their class says. */
const EMBED_TAGS = new Set(['blockquote', 'figure', 'table', 'pre']);

export interface CleanUpContext {
  title?: string | null;
  byline?: string | null;
}

interface Block {
  el: Element;
  text: string;
  words: number;
  linkWords: number;
  /** Words in links whose text is not a bare address. */
  teaserWords: number;
  heading: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const NUMBER = /^\p{N}+$/u;
const YEAR_OR_DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
const CLOCK = /\b\d{1,2}:\d{2}\b/;
const SENTENCE_END = /[.!?。！？…"”»']\s*$/u;
const COPYRIGHT = /©|\(c\)\s*(?:19|20)\d{2}/i;

const wordsOf = (text: string): string[] => text.match(WORD) ?? [];
/** Words, with characters of scripts written without spaces counted as half a word each. */
const wordCount = countWords;
const collapse = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A link whose text is an address (www.example.com, name@example.com) is a reference, not a teaser. */
const ADDRESS_TEXT = /^\S+\.\S+$/;

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isBlockTag(tagOf(child))) return true;
  }
  return false;
}

/** Text, words and words inside links of an element, in one walk of its subtree. */
function toBlock(el: Element): Block {
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
          if (!ADDRESS_TEXT.test(linkText)) teaserWords += words;
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
function collectBlocks(root: Element): Block[] {
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

function containsMedia(el: Element): boolean {
  return KEEP_TAGS.has(tagOf(el)) || !!el.querySelector(MEDIA_SELECTOR);
}

const linkDensity = (b: Block): number => (b.words ? b.linkWords / b.words : 0);

/** Kinds that are boxes of links: named so, they must also look like links or a label. */
const LINK_BOX_KINDS = new Set<RemovedKind>(['related', 'tags', 'navigation', 'breadcrumb']);

/**
 * A block whose class or id names clutter is clutter when it is small beside the article and is
 * no prose: an author box or a list of links, not the wrapper of the text that happens to carry
 * "share-enabled", nor a paragraph of a listing that a theme calls "teaser".
 */
function isNamedClutter(block: Block, kind: RemovedKind, totalWords: number): boolean {
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
export function isDateline(text: string): boolean {
  const words = wordsOf(text);
  if (!words.length || words.length > CLEANUP.maxDatelineWords) return false;
  if (!YEAR_OR_DATE.test(text) && !CLOCK.test(text)) return false;
  const numbers = words.filter((w) => NUMBER.test(w)).length;
  return numbers / words.length >= CLEANUP.datelineNumberShare;
}

export interface CleanUpResult {
  removed: RemovedBlock[];
}

class Cleaner {
  readonly removed: RemovedBlock[] = [];
  private readonly lexicon: ClutterLexicon = clutterLexicon();
  private readonly gone = new Set<Element>();
  constructor(private readonly root: Element) {}

  remove(block: Block, kind: RemovedKind, merge = false): void {
    if (this.gone.has(block.el)) return;
    this.gone.add(block.el);
    block.el.remove();
    const last = this.removed[this.removed.length - 1];
    if (merge && last && last.kind === kind) return;
    this.removed.push({ kind, text: block.text.slice(0, CLEANUP.excerptChars) });
  }

  isGone(el: Element): boolean {
    for (let node: Element | null = el; node && node !== this.root; node = node.parentElement) {
      if (this.gone.has(node)) return true;
    }
    return false;
  }

  /** Containers whose class or id names clutter (share bar, related posts, author box). */
  byName(totalWords: number): void {
    const candidates: { block: Block; kind: RemovedKind }[] = [];
    const visit = (el: Element): void => {
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
        if (!EMBED_TAGS.has(tagOf(child))) {
          const names = `${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`;
          const kind = names.length > 1 ? this.lexicon.name(names) : null;
          if (kind) {
            const block = toBlock(child);
            if (isNamedClutter(block, kind, totalWords)) {
              candidates.push({ block, kind });
              continue;
            }
          }
        }
        visit(child);
      }
    };
    visit(this.root);
    // A live blog's entries may all be named "comment": when the blocks of one kind add up to
    // a large share of the article, they are the article.
    const wordsByKind = new Map<RemovedKind, number>();
    for (const { block, kind } of candidates)
      wordsByKind.set(kind, (wordsByKind.get(kind) ?? 0) + block.words);
    for (const { block, kind } of candidates) {
      if (totalWords && (wordsByKind.get(kind) ?? 0) > CLEANUP.maxNamedShare * totalWords) continue;
      this.remove(block, kind);
    }
  }

  /** Blocks labelled by a clutter phrase, anywhere in the article. */
  byPhrase(blocks: Block[]): void {
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.words === 0 || this.isGone(block.el)) continue;
      const normalized = labelHead(block);
      const exact = block.text.length <= LABEL_HEAD_CHARS ? this.lexicon.exact(normalized) : null;
      if (exact) {
        this.remove(block, exact);
        if (HEADING_KINDS.has(exact)) this.removeFollowers(blocks, i, exact);
        continue;
      }
      const lead = this.labelledKind(block, normalized, false);
      if (lead) this.remove(block, lead);
    }
  }

  /** The kind a label at the start of the block gives it, when the rest is short or links. */
  private labelledKind(block: Block, normalized: string, trailing: boolean): RemovedKind | null {
    const lead = this.lexicon.lead(normalized);
    if (!lead || EXACT_ONLY_KINDS.has(lead.kind)) return null;
    const rest = block.words - lead.words;
    if (rest > CLEANUP.maxLabelledWords) return null;
    if (SHORT_LEAD_KINDS.has(lead.kind) && rest > CLEANUP.maxShortLeadWords) return null;
    const restLinkDensity = rest > 0 ? Math.min(1, block.linkWords / rest) : 0;
    if (restLinkDensity >= CLEANUP.labelledLinkDensity) return lead.kind;
    const afterLabel = block.text.slice(labelEnd(block.text, lead.words)).trimStart();
    if (
      /^[:|»›>\-–—]/.test(afterLabel) &&
      (rest <= CLEANUP.maxSeparatedWords || lead.kind === 'related')
    )
      return lead.kind;
    // "Lihat juga Video: ...", "Lesen Sie auch die folgenden Beiträge:": a related label, a few words, a colon.
    if (lead.kind === 'related' && /^(?:[\p{L}\p{N}]+\s+){0,2}[\p{L}\p{N}]+\s*:/u.test(afterLabel))
      return lead.kind;
    if (trailing && TRAILING_LEAD_KINDS.has(lead.kind)) return lead.kind;
    return null;
  }

  /** After a label such as "Related" or "Penulis": its list of links, or its ": value". */
  private removeFollowers(blocks: Block[], index: number, kind: RemovedKind): void {
    for (let j = index + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (this.isGone(next.el)) continue;
      const valueOfLabel = /^[:|]/.test(next.text) && next.words <= CLEANUP.maxShortLeadWords;
      if (next.words > 0 && (linkDensity(next) >= CLEANUP.edgeLinkDensity || valueOfLabel))
        this.remove(next, kind, true);
      else break;
    }
  }

  /** Before the first and after the last paragraph of article text: links, dates, repeats, notes. */
  atEdges(blocks: Block[], context: CleanUpContext): void {
    const live = blocks.filter((b) => !this.isGone(b.el) && b.words > 0);
    // Article text: a paragraph of some length with few links that ends like a sentence (a
    // prompt such as "Sign up for our newsletter to get the news every morning" does not).
    const substantial = (b: Block): boolean =>
      !b.heading &&
      b.words >= CLEANUP.substantialWords &&
      linkDensity(b) <= CLEANUP.substantialMaxLinkDensity &&
      (b.words >= CLEANUP.unpunctuatedSubstantialWords || SENTENCE_END.test(b.text));
    const first = live.findIndex(substantial);
    if (first < 0) return;
    let last = live.length - 1;
    while (last > first && !substantial(live[last]!)) last--;
    const title = normalizeLabel(context.title ?? '');
    const byline = normalizeLabel(context.byline ?? '');
    for (let i = 0; i < first; i++) {
      const b = live[i]!;
      if (containsMedia(b.el)) continue;
      const normalized = labelHead(b);
      if (linkDensity(b) >= CLEANUP.edgeLinkDensity) this.remove(b, 'breadcrumb', true);
      else if (isDateline(b.text)) this.remove(b, 'dateline');
      else if (title && normalized === title) this.remove(b, 'other');
      else if (
        byline &&
        (normalized === byline || this.lexicon.lead(normalized)?.kind === 'author-bio') &&
        b.words <= byline.split(' ').length + 3
      )
        this.remove(b, 'author-bio');
    }
    for (let i = last + 1; i < live.length; i++) {
      const b = live[i]!;
      if (containsMedia(b.el) || this.isGone(b.el)) continue;
      // Headlines of other stories; a sentence of the article that happens to hold links stays.
      const teasers = b.teaserWords / b.words;
      if (
        teasers >= CLEANUP.edgeLinkDensity &&
        (teasers >= CLEANUP.sentenceLinkDensity || !SENTENCE_END.test(b.text))
      )
        this.remove(b, 'related', true);
      else if (isDateline(b.text)) this.remove(b, 'dateline');
      else if (b.words <= CLEANUP.maxTrailingNoteWords && COPYRIGHT.test(b.text))
        this.remove(b, 'other');
      else if (b.words <= CLEANUP.maxFragmentWords && !SENTENCE_END.test(b.text))
        this.remove(b, 'other', true);
      else if (b.words <= CLEANUP.maxTrailingNoteWords) {
        const kind = this.labelledKind(b, labelHead(b), true);
        if (kind) this.remove(b, kind);
      }
    }
  }

  /**
   * Blocks around the page's own article element (<article>, itemprop=articleBody) that
   * Readability took along with it, when that element holds most of the text.
   */
  aroundArticle(totalWords: number): void {
    let body: Element | null = null;
    let bodyWords = 0;
    for (const el of Array.from(this.root.querySelectorAll('article, [itemprop~="articleBody"]'))) {
      const words = wordCount(el.textContent ?? '');
      if (words > bodyWords) {
        body = el;
        bodyWords = words;
      }
    }
    if (!body || bodyWords < CLEANUP.afterArticleBodyShare * totalWords) return;
    // Before it: standfirst, kicker, byline and date lines; images stay.
    for (let node: Element | null = body; node && node !== this.root; node = node.parentElement) {
      for (let sibling = node.previousElementSibling; sibling;) {
        const prev: Element | null = sibling.previousElementSibling;
        const block = toBlock(sibling);
        if (
          block.words > 0 &&
          block.words <= CLEANUP.maxBeforeArticleShare * bodyWords &&
          !containsMedia(sibling)
        ) {
          this.remove(block, isDateline(block.text) ? 'dateline' : 'other');
        }
        sibling = prev;
      }
    }
    // After it: author boxes, tag lists, comment sections.
    for (let node: Element | null = body; node && node !== this.root; node = node.parentElement) {
      for (let sibling = node.nextElementSibling; sibling;) {
        const next: Element | null = sibling.nextElementSibling;
        const block = toBlock(sibling);
        if (
          block.words > 0 &&
          block.words <= CLEANUP.maxAfterArticleShare * bodyWords &&
          !containsMedia(sibling)
        ) {
          const kind =
            this.lexicon.name(
              `${sibling.getAttribute('class') ?? ''} ${sibling.getAttribute('id') ?? ''}`,
            ) ?? 'other';
          this.remove(block, kind);
        }
        sibling = next;
      }
    }
  }

  /**
   * A paragraph that is the only text beside an image in its container is the image's caption,
   * whatever the markup: it becomes a <figcaption> in a <figure>, so it stays in the HTML and
   * leaves the prose.
   */
  markCaptions(blocks: Block[]): void {
    for (const b of blocks) {
      if (
        this.isGone(b.el) ||
        b.words === 0 ||
        b.words > CLEANUP.maxCaptionWords ||
        tagOf(b.el) !== 'p'
      )
        continue;
      const image = b.el.previousElementSibling;
      const parent = b.el.parentElement;
      // A quotation or a list item with a picture is not a figure.
      if (
        !image ||
        !parent ||
        parent === this.root ||
        b.el.nextElementSibling ||
        !CAPTION_CONTAINERS.has(tagOf(parent))
      )
        continue;
      if (
        image.previousElementSibling ||
        collapse(image.textContent) ||
        !image.querySelector('img')
      )
        continue;
      const doc = b.el.ownerDocument;
      const caption = doc.createElement('figcaption');
      while (b.el.firstChild) caption.appendChild(b.el.firstChild);
      b.el.replaceWith(caption);
      b.el = caption;
    }
  }

  /** Wrappers left with no text and no media, found bottom-up in one walk. */
  pruneEmpty(): void {
    const visit = (el: Element): boolean => {
      const tag = tagOf(el);
      let hasContent = KEEP_TAGS.has(tag) || tag === 'hr' || tag === 'br';
      for (let node = el.firstChild; node;) {
        const next = node.nextSibling;
        if (node.nodeType === 3) {
          if (/\S/.test(node.nodeValue ?? '')) hasContent = true;
        } else if (node.nodeType === 1) {
          const child = node as Element;
          const childHas = visit(child);
          if (!childHas && isBlockTag(tagOf(child))) child.remove();
          else if (childHas) hasContent = true;
        }
        node = next;
      }
      return hasContent;
    };
    visit(this.root);
  }
}

/** Labels are short: only the head of a block is normalised to look for one. */
const LABEL_HEAD_CHARS = 120;

function labelHead(block: Block): string {
  return normalizeLabel(
    block.text.length <= LABEL_HEAD_CHARS ? block.text : block.text.slice(0, LABEL_HEAD_CHARS),
  );
}

/** Index in the text just after the first `words` words. */
function labelEnd(text: string, words: number): number {
  const re = new RegExp(WORD.source, 'gu');
  let end = 0;
  for (let i = 0; i < words; i++) {
    const m = re.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
  }
  return end;
}

export function cleanUp(root: Element, context: CleanUpContext = {}): CleanUpResult {
  const cleaner = new Cleaner(root);
  const totalWords = wordCount(root.textContent ?? '');
  cleaner.byName(totalWords);
  cleaner.aroundArticle(totalWords);
  const blocks = collectBlocks(root);
  cleaner.byPhrase(blocks);
  cleaner.markCaptions(blocks);
  cleaner.atEdges(blocks, context);
  cleaner.pruneEmpty();
  return { removed: cleaner.removed };
}
