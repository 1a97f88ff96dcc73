import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  anchorText,
  applyHighlights,
  clearHighlights,
  spanOfRange,
} from '../../../../src/core/collection/highlight-dom';
import { describeQuote } from '../../../../src/core/collection/text-quote';
import type { Highlight } from '../../../../src/core/schema/annotation';

function body(html: string): HTMLElement {
  const doc = new JSDOM('').window.document;
  const div = doc.createElement('div');
  const frag = doc.createRange().createContextualFragment(html);
  div.append(frag);
  return div;
}

const highlight = (id: string, quote: { exact: string; prefix: string; suffix: string }) =>
  ({ id, color: 'green', note: '', createdAt: 1, updatedAt: 1, ...quote }) as Highlight;

describe('highlights in the DOM', () => {
  it('turns a selection across elements into a span and marks it with text nodes only', () => {
    const root = body('<p>Hujan <b>deras</b> merendam</p><p>ratusan rumah.</p>');
    const bold = root.querySelector('b')!.firstChild!;
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    const span = spanOfRange(root, {
      startContainer: bold,
      startOffset: 2,
      endContainer: second,
      endOffset: 7,
    })!;
    const text = anchorText(root);
    expect(text.slice(span.start, span.end)).toBe('ras merendamratusan');
    const orphans = applyHighlights(root, [highlight('h1', describeQuote(text, span))]);
    expect(orphans).toEqual([]);
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['ras', ' merendam', 'ratusan']);
    expect(marks.every((m) => m.dataset.highlight === 'h1')).toBe(true);
    expect(anchorText(root)).toBe(text);
    clearHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    // eslint-disable-next-line no-restricted-properties -- reads the markup back
    expect(root.innerHTML).toBe('<p>Hujan <b>deras</b> merendam</p><p>ratusan rumah.</p>');
  });

  it('takes element boundary points and reports highlights whose text is gone', () => {
    const root = body('<p>Satu.</p><p>Dua.</p>');
    const span = spanOfRange(root, {
      startContainer: root,
      startOffset: 1,
      endContainer: root,
      endOffset: 2,
    });
    expect(span).toEqual({ start: 5, end: 9 });
    expect(
      applyHighlights(root, [highlight('x', { exact: 'Tiga', prefix: '', suffix: '' })]),
    ).toEqual(['x']);
  });

  it('never interprets page text as markup', () => {
    const root = body('<p>&lt;img src=x onerror=alert(1)&gt; aman</p>');
    const text = anchorText(root);
    applyHighlights(root, [highlight('h', describeQuote(text, { start: 0, end: text.length }))]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')!.textContent).toBe(text);
  });
});
