import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import { libraryToHtml } from '../../../../src/core/collection/html-export';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('html-export', () => {
  const hostile = saved(1, {
    title: 'Judul <b>&</b> "kutipan"',
    html: '<h2>Sub</h2><p>Hello <strong>bold</strong> and <a href="https://x.test/a b">link</a>.<script>alert(1)</script></p><ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote><p>1. not a list</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2|3</td></tr></table><img src="javascript:alert(1)" alt="x"><img src="https://x.test/p.jpg" alt="pic" onerror="alert(1)">',
  });

  it('single HTML file: sanitised bodies, escaped text, no script', () => {
    const html = libraryToHtml([hostile, saved(2)], win, { now: new Date(0) });
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<h2>Judul &#60;b&#62;&#38;&#60;/b&#62; &#34;kutipan&#34;</h2>');
    expect(html).toContain('<dt>People</dt><dd>Siti Rahma 2</dd>');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('article').length).toBe(2);
  });
});
