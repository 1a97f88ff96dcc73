// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findTextRange } from '../../../src/ui/sentence-locator';

function container(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(document.createRange().createContextualFragment(html));
  return div;
}

describe('findTextRange', () => {
  it('finds a sentence that spans inline elements and line breaks', () => {
    const root = container(
      '<p>Rombongan yang dipimpin <strong>Penjabat\n  Sekretaris</strong> Daerah Balangan, Sufrianor, meninjau. Kedua.</p>',
    );
    const range = findTextRange(
      root,
      'Rombongan yang dipimpin Penjabat Sekretaris Daerah Balangan, Sufrianor, meninjau.',
    );
    expect(range?.toString().replace(/\s+/g, ' ')).toBe(
      'Rombongan yang dipimpin Penjabat Sekretaris Daerah Balangan, Sufrianor, meninjau.',
    );
  });
  it('finds a sentence in a later paragraph', () => {
    const root = container(
      '<p>First one here.</p><p>RSUD SSMA kini berusia 13 tahun dengan kapasitas 168 tempat tidur.</p>',
    );
    expect(
      findTextRange(root, 'RSUD SSMA kini berusia 13 tahun dengan kapasitas 168 tempat tidur.')
        ?.startContainer.parentElement?.tagName,
    ).toBe('P');
  });
  it('returns null for text that is not there', () => {
    expect(findTextRange(container('<p>Something else.</p>'), 'Not in the article.')).toBeNull();
    expect(findTextRange(container('<p>Something else.</p>'), '   ')).toBeNull();
  });
});
