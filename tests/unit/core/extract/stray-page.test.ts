import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { adoptStrayPage } from '../../../../src/core/extract/stray-page';
import { extractArticle } from '../../../../src/core/extract/extract-article';

const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost more than planned.';
const page = (before: string): string =>
  `${before}<!DOCTYPE html><html lang="en"><head><title>Road opens</title></head><body><article><h1>Road opens</h1>${Array.from(
    { length: 6 },
    () => `<p>${SENTENCE}</p>`,
  ).join('')}</article></body></html>`;

describe('a page with markup before <html>', () => {
  it('linkedom leaves its body empty, and the page is moved back under the root', () => {
    const { document } = parseHTML(page('<br />\n<b>Warning</b>: mysql_connect() failed<br />'));
    expect(document.body.textContent).toBe('');
    expect(adoptStrayPage(document as unknown as Document)).toBe(true);
    expect(document.documentElement.tagName).toBe('HTML');
    expect(document.body.textContent).toContain('Warning');
    expect(document.querySelector('title')?.parentElement?.tagName).toBe('HEAD');
  });

  it('is read as an article (a stray <style> first, as some themes print it)', () => {
    const { document } = parseHTML(page('<style>p{color:red}</style><meta name="x" content="y">'));
    const result = extractArticle(document as unknown as Document, 'https://example.com/a', {
      disposableDocument: true,
    });
    expect(result.ok && result.article.text).toContain('the new road would open');
  });

  it('changes nothing on a page that starts with <html>', () => {
    const { document } = parseHTML(page(''));
    expect(adoptStrayPage(document as unknown as Document)).toBe(false);
  });
});
