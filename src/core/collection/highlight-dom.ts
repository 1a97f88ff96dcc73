// Highlights on article markup already sanitised and in a DOM: the text the anchors are read
// against, the span of a selection, and <mark> elements wrapped around the text nodes a
// highlight covers, with DOM calls only (no markup strings). Pure of browser globals: the
// document comes from the nodes given.
import type { Highlight } from '../schema/annotation';
import { anchorQuote, type TextSpan } from './text-quote';

const SHOW_TEXT = 4;
export const MARK_CLASS = 'ringkas-highlight';

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/** The text anchors are read against: every text node under root, in document order. */
export function anchorText(root: Node): string {
  return textNodes(root)
    .map((node) => node.data)
    .join('');
}

export interface BoundaryRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Text before a node (not inside it), in anchorText(root). */
function textBefore(root: Node, node: Node): number {
  let count = 0;
  for (const text of textNodes(root)) {
    // FOLLOWING: `node` comes after this text node (and does not contain it).
    if (text === node || !(text.compareDocumentPosition(node) & 4)) break;
    count += text.data.length;
  }
  return count;
}

/** A boundary point as an offset into anchorText(root). */
function offsetOf(root: Node, container: Node, offset: number): number | null {
  if (container !== root && !root.contains(container)) return null;
  if (container.nodeType === 3) return textBefore(root, container) + offset;
  let count = container === root ? 0 : textBefore(root, container);
  const children = Array.from(container.childNodes).slice(0, offset);
  for (const child of children)
    count += child.nodeType === 3 ? (child as Text).data.length : anchorText(child).length;
  return count;
}

/** The span of a selection range inside root, or null when it is empty or outside root. */
export function spanOfRange(root: Node, range: BoundaryRange): TextSpan | null {
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function wrapSpan(root: Node, span: TextSpan, highlight: Highlight): void {
  const doc = root.ownerDocument ?? (root as Document);
  let count = 0;
  for (const node of textNodes(root)) {
    const from = count;
    const to = count + node.data.length;
    count = to;
    if (to <= span.start || from >= span.end || node.data.length === 0) continue;
    let target = node;
    if (span.start > from) target = target.splitText(span.start - from);
    if (span.end < to) target.splitText(span.end - Math.max(from, span.start));
    const mark = doc.createElement('mark');
    mark.className = `${MARK_CLASS} highlight-${highlight.color}`;
    mark.dataset.highlight = highlight.id;
    target.replaceWith(mark);
    mark.append(target);
  }
}

/**
 * What the marks of these highlights show (ids, colours, anchors; not the notes): when it is
 * unchanged the marks need no repainting, so a note saved does not replace the text nodes under
 * the reader's selection.
 */
export function marksKey(highlights: readonly Highlight[]): string {
  return JSON.stringify(highlights.map((h) => [h.id, h.color, h.exact, h.prefix, h.suffix]));
}

/** Removes every mark this module put under root, leaving the text as it was. */
export function clearHighlights(root: Element): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`)))
    mark.replaceWith(...Array.from(mark.childNodes));
  root.normalize();
}

/**
 * Marks each highlight where its quote is found in root; returns the ids found nowhere (the
 * article changed too much), which the list still shows.
 */
export function applyHighlights(root: Element, highlights: readonly Highlight[]): string[] {
  const text = anchorText(root);
  const orphans: string[] = [];
  const spans: { span: TextSpan; highlight: Highlight }[] = [];
  for (const highlight of highlights) {
    const span = anchorQuote(text, highlight);
    if (span) spans.push({ span, highlight });
    else orphans.push(highlight.id);
  }
  // Marks change no text, so every span stays valid while the others are wrapped.
  for (const { span, highlight } of spans) wrapSpan(root, span, highlight);
  return orphans;
}
