import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, withoutSoftHyphens } from '../../../../src/core/extract/extract-article';

describe('soft hyphens are left out of the plain text', () => {
  it.each([
    ['Mit\u00adtel\u00adal\u00adter', 'Mittelalter'],
    ['Wein\u00ad-Wirtschaft', 'Wein-Wirtschaft'],
    // Look-alikes that stay: a hyphen, a non-breaking hyphen, a dash, a hyphen at a line's end.
    ['e-mail', 'e-mail'],
    ['Jean\u2011Paul', 'Jean\u2011Paul'],
    ['1990\u20132000', '1990\u20132000'],
    ['well-\nknown', 'well-\nknown'],
  ])('%j -> %j', (text, expected) => {
    expect(withoutSoftHyphens(text)).toBe(expected);
  });

  it('the article text has none, its HTML keeps them as breaking hints', () => {
    const para = (i: number): string =>
      `<p>Schon im Mit&shy;tel&shy;al&shy;ter war der Wein ${i} das Aus&shy;hän&shy;ge&shy;schild der Region, sagte der Winzer am Montag beim Besuch der Presse.</p>`;
    const { document } = parseHTML(
      `<html><head><title>Wein</title></head><body><article>${[1, 2, 3, 4, 5].map(para).join('')}</article></body></html>`,
    );
    const result = extractArticle(document as unknown as Document, 'https://wein.example/a');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('Schon im Mittelalter war der Wein 3 das Aushängeschild');
    expect(result.article.text).not.toContain('\u00ad');
    expect(result.article.html).toMatch(/Mit(?:\u00ad|&shy;)tel/);
  });
});
