// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { spokenSentences } from '../../../src/ui/speech-text';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(document.createRange().createContextualFragment(html));
  document.body.append(div);
  return div;
}

describe('spokenSentences', () => {
  it('cuts each block into sentences, in order, each with its range in the text', () => {
    const root = body(
      '<h2>Rapat di Balangan</h2><p>Rombongan dipimpin <strong>Sufrianor</strong>. Mereka meninjau\n  RSUD.</p><ul><li><p>Butir satu.</p></li></ul>',
    );
    const sentences = spokenSentences(root, 'id');
    expect(sentences.map((s) => s.text)).toEqual([
      'Rapat di Balangan',
      'Rombongan dipimpin Sufrianor.',
      'Mereka meninjau RSUD.',
      'Butir satu.',
    ]);
    expect(sentences[1]!.range.toString()).toBe('Rombongan dipimpin Sufrianor.');
    expect(sentences[2]!.range.toString().replace(/\s+/g, ' ')).toBe('Mereka meninjau RSUD.');
    expect(sentences[3]!.block.localName).toBe('p');
  });

  it('reads no code, hidden text or punctuation alone', () => {
    const root = body(
      '<p>Satu.<span aria-hidden="true"> Tersembunyi.</span></p><p>—</p><p><math><mi>x</mi></math></p>',
    );
    expect(spokenSentences(root, 'id').map((s) => s.text)).toEqual(['Satu.']);
  });

  it('reads the text itself when it has no blocks, and takes a malformed language', () => {
    const root = body('Teks tanpa paragraf. Dua kalimat.');
    expect(spokenSentences(root, 'not a tag!').map((s) => s.text)).toEqual([
      'Teks tanpa paragraf.',
      'Dua kalimat.',
    ]);
  });
});
