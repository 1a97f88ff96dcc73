// Ringkas's clean-up of Readability's output: boilerplate that Readability keeps (share labels,
// reply forms, "read also" boxes, ad labels, tag lists, date lines, ...) found by structure
// (class and id names, link density, short blocks at the edges of the body) together with the
// phrases of the clutter packs. A paragraph of article text that merely contains such a word
// stays: a phrase only counts when it is the whole block, or labels a short or link-filled one.
import type { RemovedBlock, RemovedKind } from '../types';
import { clutterLexicon, normalizeLabel, type ClutterLexicon } from '../lang/clutter';
import { countWords, isBlockTag, plainText, tagOf } from './plain-text';
import { clutterLine } from './clutter-lines';
import { isShortLine, isStandfirst } from './standfirst';
import {
  CLEANUP,
  HEADING_KINDS,
  SHORT_LEAD_KINDS,
  EXACT_ONLY_KINDS,
  TRAILING_LEAD_KINDS,
  KEEP_TAGS,
  CAPTION_CONTAINERS,
  EMBED_TAGS,
} from './clean-up-rules';
import {
  type Block,
  SENTENCE_END,
  COPYRIGHT,
  wordCount,
  collapse,
  toBlock,
  collectBlocks,
  containsMedia,
  linkDensity,
  isNamedClutter,
  isTimestampLine,
  LABEL_HEAD_CHARS,
  labelHead,
  labelEnd,
} from './blocks';

export interface CleanUpContext {
  title?: string | null;
  byline?: string | null;
}

export interface CleanUpResult {
  removed: RemovedBlock[];
}

class Cleaner {
  readonly removed: RemovedBlock[] = [];
  private readonly lexicon: ClutterLexicon = clutterLexicon();
  private readonly gone = new Set<Element>();
  constructor(
    private readonly root: Element,
    private readonly totalWords: number,
  ) {}

  /** Takes a block out and lists it, with its words; never one with most of the article. */
  remove(block: Block, kind: RemovedKind, merge = false): void {
    if (this.gone.has(block.el)) return;
    if (this.totalWords && block.words > CLEANUP.maxRemovedShare * this.totalWords) return;
    // Counted as the text reads (blocks apart), as the article's words are.
    const words = countWords(plainText(block.el));
    this.gone.add(block.el);
    block.el.remove();
    const last = this.removed[this.removed.length - 1];
    if (merge && last && last.kind === kind) {
      last.words += words;
      return;
    }
    this.removed.push({ kind, text: block.text.slice(0, CLEANUP.excerptChars), words });
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
      const line = clutterLine(normalized, block.words);
      if (line === 'caption') {
        block.el = asCaption(block.el);
        continue;
      }
      if (line) {
        this.remove(block, line === 'reading-time' ? 'dateline' : 'credit');
        continue;
      }
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
      else if (isTimestampLine(b.text)) this.remove(b, 'dateline');
      else if (title && normalized === title) this.remove(b, 'title');
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
      else if (isTimestampLine(b.text)) this.remove(b, 'dateline');
      else if (b.words <= CLEANUP.maxTrailingNoteWords && COPYRIGHT.test(b.text))
        this.remove(b, 'copyright');
      else if (b.words <= CLEANUP.maxFragmentWords && !SENTENCE_END.test(b.text))
        this.remove(b, 'fragment', true);
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
    // Before it: kicker, byline and date lines; images stay. The nearest prose (the standfirst)
    // stays too, past short lines only.
    let leadOpen = true;
    for (let node: Element | null = body; node && node !== this.root; node = node.parentElement) {
      for (let sibling = node.previousElementSibling; sibling;) {
        const prev: Element | null = sibling.previousElementSibling;
        const block = toBlock(sibling);
        const lead =
          leadOpen && block.words > 0 && !isShortLine(block)
            ? isStandfirst(
                block,
                this.lexicon.name(
                  `${sibling.getAttribute('class') ?? ''} ${sibling.getAttribute('id') ?? ''}`,
                ),
              )
            : false;
        if (block.words > 0 && !isShortLine(block)) leadOpen = false;
        if (
          !lead &&
          block.words > 0 &&
          block.words <= CLEANUP.maxBeforeArticleShare * bodyWords &&
          !containsMedia(sibling)
        ) {
          this.remove(block, isTimestampLine(block.text) ? 'dateline' : 'outside');
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
            ) ?? 'outside';
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
      b.el = asCaption(b.el);
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

/** The block as a <figcaption>: it stays in the HTML and leaves the prose. */
function asCaption(el: Element): Element {
  if (tagOf(el) === 'figcaption') return el;
  const caption = el.ownerDocument.createElement('figcaption');
  while (el.firstChild) caption.appendChild(el.firstChild);
  el.replaceWith(caption);
  return caption;
}

export function cleanUp(root: Element, context: CleanUpContext = {}): CleanUpResult {
  const totalWords = wordCount(root.textContent ?? '');
  const cleaner = new Cleaner(root, totalWords);
  cleaner.byName(totalWords);
  cleaner.aroundArticle(totalWords);
  const blocks = collectBlocks(root);
  cleaner.byPhrase(blocks);
  cleaner.markCaptions(blocks);
  cleaner.atEdges(blocks, context);
  cleaner.pruneEmpty();
  return { removed: cleaner.removed };
}
