import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  BREAK_MARK,
  foldLineBreaks,
  MAX_LINE_BREAKS,
  unfoldLineBreaks,
} from '../../../../src/core/extract/line-breaks';
import { extractArticle } from '../../../../src/core/extract/extract-article';

const PROSE =
  'The harbour city switched on its first movable flood barrier on Thursday morning after a decade of planning. ';

function body(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body as unknown as Element;
}

const elements = (root: Element): number => root.querySelectorAll('*').length;

describe('foldLineBreaks and unfoldLineBreaks', () => {
  it('folds a run of text and breaks inside lines into one text node, and unfolds it as it was', () => {
    const html =
      '<p>Roses are red,<br>violets are blue,<br>sugar <b>is</b> sweet<br> </p><p><br></p>';
    const root = body(html);
    // A break beside an element or white space is Readability's to judge: it stays.
    expect(foldLineBreaks(root)).toEqual({ folded: 2, dropped: 0 });
    expect(root.querySelectorAll('br').length).toBe(2);
    expect(root.querySelector('p')!.childNodes.length).toBe(5); // text, <b>, text, <br>, text
    expect(unfoldLineBreaks(root)).toBe(2);
    // eslint-disable-next-line no-restricted-properties
    expect(root.innerHTML).toBe(html);
  });

  it('keeps two breaks of a run (a paragraph break) and drops the rest', () => {
    const root = body(`<div>One.<br><br> <br>\n<br><br>Two.<br>Three.</div>`);
    expect(foldLineBreaks(root)).toEqual({ folded: 1, dropped: 3 });
    expect(root.querySelectorAll('br').length).toBe(2);
    unfoldLineBreaks(root);
    expect(root.textContent).toBe('One. \nTwo.Three.');
    expect(root.querySelectorAll('br').length).toBe(3);
  });

  it('leaves breaks with attributes, breaks in <pre>, and a page that holds the marker', () => {
    expect(foldLineBreaks(body('<p>a<br class="x">b</p><pre>c<br>d</pre>')).folded).toBe(0);
    expect(foldLineBreaks(body(`<p>a<br>b ${BREAK_MARK}</p>`)).folded).toBe(0);
  });

  it('leaves Readability a bounded number of elements, whatever the number of breaks', () => {
    const root = body(`<p>${'word<br>'.repeat(10_000)}end</p><p>${'<br>'.repeat(10_000)}</p>`);
    const before = elements(root);
    const { folded, dropped } = foldLineBreaks(root);
    expect(before - elements(root)).toBe(folded + dropped);
    expect(elements(root)).toBeLessThanOrEqual(4);
  });

  it('gives back at most MAX_LINE_BREAKS breaks; past them the lines run on, no word lost', () => {
    const lines = MAX_LINE_BREAKS + 10;
    const root = body(`<p>${'word<br>'.repeat(lines)}end</p><p>a<br>b</p>`);
    foldLineBreaks(root);
    expect(unfoldLineBreaks(root)).toBe(1);
    expect(root.querySelectorAll('br').length).toBe(1);
    expect(root.textContent!.match(/word/g)!.length).toBe(lines);
    expect(root.textContent).not.toContain(BREAK_MARK);
  });
});

describe('extractArticle with line breaks', () => {
  const page = (inner: string) =>
    parseHTML(
      `<!doctype html><html lang="en"><head><title>Breaks</title></head><body><article><h1>Breaks</h1><p>${PROSE.repeat(4)}</p>${inner}</article></body></html>`,
    ).document as unknown as Document;

  it('keeps the lines of a poem and its paragraph breaks', () => {
    const result = extractArticle(
      page(`<p>${PROSE}<br>Roses are red,<br>violets are blue.<br><br><br>${PROSE}</p>`),
      'https://news.example/p',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('Roses are red,\nviolets are blue.');
    expect(result.article.html).toContain('Roses are red,<br>violets are blue.');
    expect(result.article.text).not.toContain(BREAK_MARK);
    expect(result.article.html).not.toContain(BREAK_MARK);
  });

  it('keeps every word of a paragraph of 20,000 lines, with a bounded number of breaks', () => {
    const result = extractArticle(
      page(`<p>${'word<br>'.repeat(20_000)}</p>`),
      'https://news.example/p',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.match(/\bword\b/g)?.length).toBe(20_000);
    expect(result.article.html.match(/<br>/g)?.length ?? 0).toBeLessThanOrEqual(MAX_LINE_BREAKS);
  });
});
