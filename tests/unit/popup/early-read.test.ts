// The popup reads the page's declared language from its markup, before parsing it, to start
// loading that language's entity model while the article is extracted.
import { describe, expect, it } from 'vitest';
import { markupLanguage } from '../../../src/popup/early-read';

describe('markupLanguage', () => {
  it("reads the root element's lang, its primary subtag in lower case", () => {
    expect(markupLanguage('<!DOCTYPE html><html lang="id-ID" class="x"><head>')).toBe('id');
    expect(markupLanguage("<html class='a' lang='EN'>")).toBe('en');
    expect(markupLanguage('<HTML LANG=ms><body>')).toBe('ms');
    expect(markupLanguage('<html xml:lang="en" lang="en_GB">')).toBe('en');
  });
  it('says nothing when the root element declares no language', () => {
    expect(markupLanguage('<html><head><meta http-equiv="content-language" content="id">')).toBe(
      null,
    );
    expect(markupLanguage('<html data-lang="id">')).toBe(null);
    expect(markupLanguage('<html lang="">')).toBe(null);
    expect(markupLanguage('<p lang="id">')).toBe(null);
  });
});
