// The read script's markup leaves out scripts (but JSON-LD) and style sheets, and keeps the rest
// as the page serialises it; extraction from it gives the same article.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { leanMarkup } from '../../../src/content/lean-markup';
import { readMarkup } from '../../../src/core/read-markup';

const parse = (markup: string) => parseHTML(markup).document as unknown as Document;
const rootOf = (markup: string) => parse(markup).documentElement;

const page = `<html lang="en"><head><title>Road opens</title>
<script>window.state = {"a": "<b>"};</script>
<script type=" Application/LD+JSON ">{"@type":"NewsArticle","datePublished":"2026-11-30T08:00:00Z","author":{"name":"Sari Dewi"}}</script>
<style>p { color: red }</style><link rel="canonical" href="https://example.com/road"></head>
<body><!-- <script>window.x = 1;</script> --><article><h1>Road opens</h1>
${Array.from({ length: 6 }, (_, i) => `<p>The new road between the two towns opened on Monday, paragraph ${i}, after three years of work by the province and its contractors.</p>`).join('')}
<svg><style>.a{}</style><script>1</script><circle r="1"></circle></svg>
<script src="/app.js"></script><script>window.x = 1;</script></article></body></html>`;

describe('leanMarkup', () => {
  it('drops scripts and style sheets, keeps JSON-LD and everything else', () => {
    const lean = leanMarkup(rootOf(page));
    expect(lean).not.toContain('window.state');
    expect(lean).not.toContain('color: red');
    expect(lean).not.toContain('/app.js');
    expect(lean).not.toContain('.a{}');
    expect(lean).toContain('"@type":"NewsArticle"');
    expect(lean).toContain('<circle r="1"');
    expect(lean).toContain('rel="canonical"');
    // The comment holds the same text as a later script: cut there, the comment stays a comment.
    expect(lean).toContain('<!--');
    expect(parse(lean).querySelectorAll('script').length).toBe(1);
  });

  it('is the whole markup on a page with nothing to leave out', () => {
    const plain = '<html><head><title>T</title></head><body><p>Text.</p></body></html>';
    const root = rootOf(plain);
    // eslint-disable-next-line no-restricted-properties
    expect(leanMarkup(root)).toBe(root.outerHTML);
  });

  it('gives the same article as the whole markup', () => {
    const root = rootOf(page);
    const url = 'https://example.com/road';
    // eslint-disable-next-line no-restricted-properties
    const whole = readMarkup(root.outerHTML, url, parse);
    const lean = readMarkup(leanMarkup(root), url, parse);
    expect(whole.ok && lean.ok).toBe(true);
    if (whole.ok && lean.ok) {
      expect(lean.article).toEqual(whole.article);
      expect(lean.article.byline).toContain('Sari Dewi');
    }
  });
});
