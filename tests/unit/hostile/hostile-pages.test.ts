// The hostile-page suite at the core level: every fixture through readPage (linkedom), its html
// through the one sanitiser (a jsdom window), and the result checked against the invariants, in a
// second parse as a browser would do it, and in a script-running document under an event storm.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { readPage } from '../../../src/core/read-page';
import { sanitizeHtml, sanitizeToFragment } from '../../../src/core/sanitize';
import { htmlViolations, invariantViolations } from '../../../src/core/sanitize-invariants';
import { HOSTILE_CASES } from './cases';
import { PAYLOADS } from './payloads';
import { handlerEvents, stormCanary } from './canary';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/hostile');
const purifyWindow = new JSDOM('').window as unknown as Parameters<typeof sanitizeHtml>[1];
const parser = new new JSDOM('').window.DOMParser();

function read(file: string) {
  const { document } = parseHTML(readFileSync(path.join(FIXTURES, file), 'utf8'));
  return readPage(document as unknown as Document, `https://news.example.org/2025/${file}`);
}

describe('hostile pages through the core pipeline', () => {
  for (const hostile of HOSTILE_CASES) {
    describe(hostile.name, () => {
      const result = read(hostile.file);

      it('ends with an article or a typed reason, never an exception', () => {
        expect(hostile.states).toContain(result.ok ? 'article' : result.reason);
      });

      if (!result.ok) return;
      const { article } = result;
      const clean = sanitizeHtml(article.html, purifyWindow);

      it('keeps the article, so the payloads sat inside real content', () => {
        expect(article.text).toContain(hostile.keeps);
        expect(clean.length).toBeGreaterThan(200);
      });

      it('hands the sanitiser real payloads (extraction alone does not make it safe)', () => {
        expect(htmlViolations(article.html, parser).length).toBeGreaterThan(0);
      });

      it('sanitises to html that breaks no invariant when parsed again', () => {
        expect(htmlViolations(clean, parser)).toEqual([]);
        expect(invariantViolations(sanitizeToFragment(article.html, purifyWindow))).toEqual([]);
      });

      it('sanitises to a fixed point (a second pass changes nothing)', () => {
        expect(sanitizeHtml(clean, purifyWindow)).toBe(clean);
      });

      it('runs nothing under an event storm in a script-running document', () => {
        expect(stormCanary(clean, handlerEvents(article.html))).toBeUndefined();
      });

      it('offers only web addresses outside the sanitiser (canonical URL, lead image)', () => {
        expect(article.canonicalUrl).toMatch(/^https?:\/\//);
        if (article.leadImage !== null) expect(article.leadImage).toMatch(/^https?:\/\//);
      });
    });
  }
});

describe('the sanitiser on its own', () => {
  it.each(PAYLOADS.map((payload) => [payload]))('%s', (payload) => {
    const clean = sanitizeHtml(`<p>Before.</p>${payload}<p>After.</p>`, purifyWindow);
    expect(htmlViolations(clean, parser)).toEqual([]);
    expect(invariantViolations(sanitizeToFragment(payload, purifyWindow))).toEqual([]);
    expect(sanitizeHtml(clean, purifyWindow)).toBe(clean);
    expect(stormCanary(clean, handlerEvents(payload))).toBeUndefined();
    expect(clean).toContain('Before.');
  });

  it('the event storm does catch payloads that run (a control for the test above)', () => {
    const ran = PAYLOADS.filter(
      (payload) => stormCanary(payload, handlerEvents(payload)) !== undefined,
    );
    // jsdom runs scripts and inline handlers, not javascript: URLs, SVG or frames: about a third.
    expect(ran.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps what an article needs: links, images, tables, quotes, language and size attributes', () => {
    const html =
      '<p lang="en" dir="ltr">A <a href="https://example.org/a" title="t">link</a>, <a href="#n1">a note</a> and <a href="mailto:x@example.org">mail</a>.</p>' +
      '<figure><img src="https://example.org/a.jpg" srcset="https://example.org/a.jpg 1x, https://example.org/b.jpg 2x" width="600" height="400" alt="A photo"><figcaption>Caption</figcaption></figure>' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">' +
      '<table><tr><th colspan="2">h</th></tr><tr><td rowspan="1">c</td></tr></table><blockquote cite="https://example.org/q"><p>q</p></blockquote><time datetime="2025-01-01">d</time>';
    const doc = parser.parseFromString(sanitizeHtml(html, purifyWindow), 'text/html');
    expect(doc.querySelector('p')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('p')?.getAttribute('dir')).toBe('ltr');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      // In-article links point at the renamed id they lead to (issue 13, item 14).
      '#user-content-n1',
      'mailto:x@example.org',
    ]);
    expect(doc.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(doc.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    const img = doc.querySelector('figure img');
    expect(img?.getAttribute('srcset')).toBe(
      'https://example.org/a.jpg 1x, https://example.org/b.jpg 2x',
    );
    expect([
      img?.getAttribute('width'),
      img?.getAttribute('height'),
      img?.getAttribute('alt'),
    ]).toEqual(['600', '400', 'A photo']);
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(doc.querySelector('img[alt="inline"]')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(doc.querySelector('th')?.getAttribute('colspan')).toBe('2');
    expect(doc.querySelector('blockquote')?.getAttribute('cite')).toBe('https://example.org/q');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-01');
  });

  it('keeps the text of a form that wraps the article, without the form', () => {
    const clean = sanitizeHtml(
      '<form action="/x"><p>The whole article sits in a form.</p><input type="password"><button>Go</button></form>',
      purifyWindow,
    );
    expect(clean).toBe('<p>The whole article sits in a form.</p>');
  });

  it("overrides a page's own target, rel and referrer policy", () => {
    const clean = sanitizeHtml(
      '<a href="https://example.org/" target="_self" rel="opener"><img src="https://example.org/a.png" referrerpolicy="unsafe-url" loading="eager"></a>',
      purifyWindow,
    );
    expect(clean).toBe(
      '<a href="https://example.org/" target="_blank" rel="noopener noreferrer nofollow"><img src="https://example.org/a.png" loading="lazy" referrerpolicy="no-referrer"></a>',
    );
  });

  it("works when the window's own document is clobbered", () => {
    const page = new JSDOM('<!doctype html><body><img name="createElement"></body>').window;
    Object.defineProperty(page.document, 'createElement', {
      value: page.document.querySelector('img'),
    });
    Object.defineProperty(page.document, 'implementation', {
      value: page.document.querySelector('img'),
    });
    const clean = sanitizeHtml(
      '<p onclick="x()">Text</p>',
      page as unknown as Parameters<typeof sanitizeHtml>[1],
    );
    expect(clean).toBe('<p>Text</p>');
  });
});

describe('the invariant checker', () => {
  const cases: [string, string][] = [
    ['<img src="https://example.org/a.png" onerror="x()">', 'handler-attribute'],
    ['<a href="java\tscript:x()">j</a>', 'unsafe-url'],
    ['<a href="data:text/html,x">d</a>', 'unsafe-url'],
    ['<img srcset="https://example.org/a.png 1x, javascript:x() 2x">', 'unsafe-url'],
    ['<blockquote cite="vbscript:x">q</blockquote>', 'unsafe-url'],
    ['<svg></svg>', 'foreign-namespace'],
    ['<math></math>', 'forbidden-element'],
    ['<form></form>', 'forbidden-element'],
    ['<iframe></iframe>', 'forbidden-element'],
    ['<object></object>', 'forbidden-element'],
    ['<p style="background:url(x)">s</p>', 'style-attribute'],
    ['<img name="body">', 'clobbering-attribute'],
    ['<template><img src=x onerror="x()"></template>', 'handler-attribute'],
  ];
  it.each(cases)('flags %s as %s', (html, rule) => {
    expect(htmlViolations(html, parser).map((v) => v.rule)).toContain(rule);
  });

  it('passes ordinary article markup', () => {
    const html =
      '<p><a href="https://example.org/">a</a> <a href="/relative">r</a> <a href="#x">x</a></p><img src="data:image/png;base64,AA==" srcset="https://example.org/a.png 2x"><p id="user-content-x">named</p>';
    expect(htmlViolations(html, parser)).toEqual([]);
  });
});
