// Marks the summary's opening sentences where they stand in the rendered article (issue 15,
// item 2), as <mark> elements around their text: seen in the text instead of read twice, named
// by screen readers as marked text, and the same in the popup, the reader's closed shadow root
// (no document-wide highlight registry a page could read) and the library.
import { findTextRange } from './sentence-locator';

export const SUMMARY_MARK = 'summary-mark';

/** Puts the text of every earlier mark back as it was. */
export function clearSummaryMarks(container: HTMLElement): void {
  for (const mark of [...container.querySelectorAll(`mark.${SUMMARY_MARK}`)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

/** The text nodes a range covers, each cut to the part inside it. */
function textPieces(range: Range): Text[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    if (node.nodeType === 3 && range.intersectsNode(node)) nodes.push(node as Text);
  }
  const pieces: Text[] = [];
  for (const node of nodes) {
    let piece = node;
    const end = node === range.endContainer ? range.endOffset : node.length;
    const start = node === range.startContainer ? range.startOffset : 0;
    if (end < piece.length) piece.splitText(end);
    if (start > 0) piece = piece.splitText(start);
    if (piece.data.trim()) pieces.push(piece);
  }
  return pieces;
}

/** Wraps each sentence found in `container` in marks; returns how many were found. */
export function markSummary(container: HTMLElement, sentences: readonly string[]): number {
  clearSummaryMarks(container);
  let found = 0;
  for (const [index, sentence] of sentences.entries()) {
    const range = findTextRange(container, sentence);
    if (!range) continue;
    found++;
    for (const piece of textPieces(range)) {
      const mark = container.ownerDocument.createElement('mark');
      mark.className = SUMMARY_MARK;
      mark.dataset.summary = String(index);
      piece.replaceWith(mark);
      mark.append(piece);
    }
  }
  return found;
}
