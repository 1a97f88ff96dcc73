// Extraction from a page's markup (the popup's and the background's path) against extraction
// from the document itself, and the ways a parsed copy is made to look like the live page.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMarkup, readMarkup, type ParseHtml } from '../../../src/core/read-markup';
import { readArticle } from '../../../src/core/read-article';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures', name), 'utf8');
const linkedom: ParseHtml = (markup) => parseHTML(markup).document as unknown as Document;
// A browser's parser, in a document whose own address is an extension's (as in the popup).
const win = new JSDOM('', { url: 'chrome-extension://abcdefghijklmnop/popup.html' }).window;
const browserLike: ParseHtml = (markup) =>
  new win.DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
const SEED_URL =
  'https://habarterkini.net/2025/12/01/pemkab-balangan-pelajari-zona-integritas-di-rsud-ssma-pontianak/';

describe('readMarkup', () => {
  it('reads the seed article as reading the document does', () => {
    const html = fixture('seed-page.html');
    const direct = readArticle(linkedom(html), SEED_URL);
    for (const parse of [linkedom, browserLike]) {
      const read = readMarkup(html, SEED_URL, parse);
      expect(read.ok && direct.ok).toBe(true);
      if (!read.ok || !direct.ok) return;
      expect(read.article.text).toBe(direct.article.text);
      expect(read.article.title).toBe(direct.article.title);
    }
  });
  it("resolves the article's links against the page, not the extension", () => {
    const read = readMarkup(
      fixture('silent-article.html'),
      'http://127.0.0.1:8000/a.html',
      browserLike,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.article.html).toContain('src="http://127.0.0.1:8000/images/photo.png"');
    expect(read.article.html).not.toContain('chrome-extension:');
  });
  it("reads a page whose names shadow the document's methods (DOM clobbering)", () => {
    const read = readMarkup(
      fixture('hostile/clobbering.html'),
      'https://news.example/a',
      browserLike,
    );
    expect(read).toMatchObject({ ok: true });
  });
  it('says a sign-in page has no article', () => {
    expect(
      readMarkup(fixture('not-article.html'), 'https://news.example/', linkedom),
    ).toMatchObject({ ok: false, reason: 'not-article' });
  });
});

describe('parseMarkup', () => {
  it('drops <noscript>, which the live page holds as text', () => {
    const doc = parseMarkup(
      '<html><body><p>a</p><noscript><p>Enable JavaScript</p></noscript></body></html>',
      'https://news.example/a',
      browserLike,
    );
    expect(doc.querySelectorAll('noscript')).toHaveLength(0);
    expect(doc.body.textContent).toBe('a');
  });
  it("takes the page's own <base> for the base address", () => {
    const doc = parseMarkup(
      '<html><head><base href="/news/"></head><body></body></html>',
      'https://news.example/a',
      browserLike,
    );
    expect(doc.baseURI).toBe('https://news.example/news/');
    expect(doc.documentURI).toBe('https://news.example/a');
  });
  it('keeps raw-text elements as text and finds the body of a frameset page', () => {
    const doc = parseMarkup(fixture('hostile/frameset.html'), 'https://news.example/a', linkedom);
    expect(doc.body.localName).toBe('frameset');
    expect(doc.querySelector('noframes')?.firstElementChild).toBeNull();
  });
});
