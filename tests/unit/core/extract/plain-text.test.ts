import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { countWords, plainText } from '../../../../src/core/extract/plain-text';

describe('countWords', () => {
  it('counts runs of letters and digits', () =>
    expect(countWords('Harga karet naik 5% pada 2025.')).toBe(6));
  it('counts two characters of unspaced scripts as a word', () =>
    expect(countWords('東京都')).toBe(2));
});

describe('plainText', () => {
  const root = (html: string): Element =>
    parseHTML(`<div id="r">${html}</div>`).document.getElementById('r') as unknown as Element;
  it('leaves ruby readings (furigana) out of the text', () =>
    expect(
      plainText(
        root(
          '<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>法律<rt>ほうりつ</rt></ruby></p>',
        ),
      ),
    ).toBe('子どもの法律'));
});
