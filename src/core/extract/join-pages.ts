// The pages of one article, each extracted by the same pipeline, joined into the first page's
// article: what every page repeats (the header, the lead, the byline, the share bar) is kept
// once, each paragraph once and in order, and a <hr data-page="N"> marks where a page starts.
import type { ExtractedPage } from './extract-article';
import { countWords, isBlockTag, tagOf } from './plain-text';

/**
 * A later "page" that adds fewer new words than this is the same article again (the paging of
 * its comments or reviews, a print view), not a page of it.
 */
export const MIN_NEW_WORDS = 20;

/** Leaf blocks (block elements without block children) of an article root, in order. */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (!isBlockTag(tagOf(child))) continue;
      hasBlock = true;
      visit(child);
    }
    if (!hasBlock && el !== root) out.push(el);
  };
  visit(root);
  return out;
}

const keyOf = (el: Element): string =>
  (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Page one's article, to which later pages are added one at a time, in reading order. */
export interface PageJoin {
  /** Adds a page's new blocks; false when it added too few new words to count as a page. */
  add: (page: ExtractedPage, number: number) => boolean;
  /** The article joined so far, and the numbers of the pages whose text is in it. */
  result: () => { page: ExtractedPage; joined: number[] };
}

/** Starts a join at page one: it keeps its title, byline and metadata. */
export function startJoin(first: ExtractedPage, firstNumber: number): PageJoin {
  const { root } = first;
  const doc = root.ownerDocument;
  const seen = new Set<string>();
  for (const el of leafBlocks(root)) {
    const key = keyOf(el);
    if (key) seen.add(key);
  }
  const removed = [...first.removed];
  const joined = [firstNumber];
  return {
    add(page, number) {
      const blocks = leafBlocks(page.root).map((el) => ({ el, key: keyOf(el) }));
      const fresh = blocks.filter((b) => b.key && !seen.has(b.key));
      if (fresh.reduce((n, b) => n + countWords(b.key), 0) < MIN_NEW_WORDS) return false;
      for (const { el, key } of blocks) {
        if (!key) continue;
        if (seen.has(key)) el.remove();
        else seen.add(key);
      }
      joined.push(number);
      const boundary = doc.createElement('hr');
      boundary.setAttribute('data-page', String(number));
      root.appendChild(boundary);
      for (const child of Array.from(page.root.childNodes))
        root.appendChild(doc.importNode(child, true));
      removed.push(...page.removed);
      return true;
    },
    result: () => ({ page: { ...first, removed: [...removed] }, joined: [...joined] }),
  };
}

/**
 * Joins pages (in reading order, page one first) into page one's root. Page one keeps its title,
 * byline and metadata; later pages give their new blocks only.
 */
export function joinPages(pages: { page: ExtractedPage; number: number }[]): {
  page: ExtractedPage;
  /** Numbers of the pages whose text is in the result. */
  joined: number[];
} {
  const [first, ...rest] = pages;
  if (!first) throw new TypeError('joinPages needs at least one page');
  const join = startJoin(first.page, first.number);
  for (const { page, number } of rest) join.add(page, number);
  return join.result();
}
