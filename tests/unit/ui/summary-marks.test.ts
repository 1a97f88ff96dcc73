// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clearSummaryMarks, markSummary } from '../../../src/ui/summary-marks';

function container(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(document.createRange().createContextualFragment(html));
  return div;
}

const marked = (root: HTMLElement) =>
  [...root.querySelectorAll('mark.summary-mark')].map((m) => m.textContent);

describe('markSummary', () => {
  it('marks a sentence across inline elements, leaving the text as it was', () => {
    const root = container(
      '<p>Rombongan yang <strong>dipimpin Sufrianor</strong> meninjau. Kedua kalimat.</p>',
    );
    const text = root.textContent;
    expect(markSummary(root, ['Rombongan yang dipimpin Sufrianor meninjau.'])).toBe(1);
    expect(marked(root)).toEqual(['Rombongan yang ', 'dipimpin Sufrianor', ' meninjau.']);
    expect(root.querySelector('strong mark')).not.toBeNull();
    expect(root.textContent).toBe(text);
  });

  it('marks sentences in two paragraphs and counts only those found', () => {
    const root = container('<p>One here. Two here.</p><p>Three here.</p>');
    expect(markSummary(root, ['Two here.', 'Three here.', 'Not in it.'])).toBe(2);
    expect(marked(root)).toEqual(['Two here.', 'Three here.']);
  });

  it('clears earlier marks, restoring the original nodes', () => {
    const root = container('<p>One here. Two here.</p>');
    // The comparison is of the same markup, never inserted anywhere.
    // eslint-disable-next-line no-restricted-properties
    const before = root.innerHTML;
    markSummary(root, ['One here.']);
    markSummary(root, ['Two here.']);
    expect(marked(root)).toEqual(['Two here.']);
    clearSummaryMarks(root);
    // eslint-disable-next-line no-restricted-properties
    expect(root.innerHTML).toBe(before);
  });
});
