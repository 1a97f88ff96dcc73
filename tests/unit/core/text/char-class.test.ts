// The character table counts as the regexes it replaced: every character of the Basic
// Multilingual Plane, and text past it (which goes to the regexes).
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../src/core/extract/plain-text';
import { detectLanguage } from '../../../../src/core/text/detect-language';

const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** countWords as it was, by regex. */
function byRegex(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  if (!unspaced) return text.match(WORD)?.length ?? 0;
  return (text.replace(UNSPACED, ' ').match(WORD)?.length ?? 0) + Math.round(unspaced / 2);
}

describe('countWords by the character table', () => {
  it('counts as the regexes do, for every character of the BMP beside letters and CJK', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `日${ch}${ch} x`])
        if (countWords(text) !== byRegex(text)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts text with characters past the BMP (emoji, CJK extension B) as the regexes do', () => {
    for (const text of ['Hello 😀 world', '𠀋𠀋 and 日本', '𝐀𝐁𝐂 bold', 'กข 😀 ไทย'])
      expect(countWords(text)).toBe(byRegex(text));
  });

  it('leaves language detection as it was', () => {
    expect(
      detectLanguage('Ini adalah sebuah berita yang sangat penting untuk dibaca oleh kita semua'),
    ).toBe('id');
    expect(detectLanguage('これは日本語の文章です')).toBe('ja');
    expect(detectLanguage('Привет, как дела? Это русский текст.')).toBe('ru');
    expect(detectLanguage('12345 !!! ---')).toBe('und');
  });
});
