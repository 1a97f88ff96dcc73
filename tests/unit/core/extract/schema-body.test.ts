import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../../src/core/extract/extract-article';
import { isHiddenByPage, schemaBodyInstead } from '../../../../src/core/extract/schema-body';

const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.';
const lines = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => SENTENCE.replace('two', `${i + 2}`));
const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

function page(articleBody: string[], body: string): Document {
  const json = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'Road',
    articleBody: articleBody.join('\n'),
  });
  return doc(
    `<html><head><title>Road</title><script type="application/ld+json">${json}</script></head><body>${body}</body></html>`,
  );
}

describe('the JSON-LD articleBody when Readability took too little', () => {
  // Readability's answer: an element of its own (it moves its article out of the page).
  const answer = (html: string): Element =>
    doc(`<html><body><div>${html}</div></body></html>`).body;
  it.each([
    // [what, articleBody lines, Readability's answer, page paragraphs, articleBody wins]
    ['a caption left where the article was', lines(8), `<p>${SENTENCE}</p>`, '', true],
    ['nothing left at all', lines(4), '', '', true],
    [
      'a teaser articleBody beside the full text',
      lines(2),
      `<p>${lines(6).join(' ')}</p>`,
      '',
      false,
    ],
    ['about as long as the answer', lines(6), `<p>${lines(4).join(' ')}</p>`, '', false],
    ['an articleBody of labels, no prose', ['Home', 'News', 'Sport', 'Share'], '', '', false],
    [
      'a paywall: the text is in the page but hidden',
      lines(8),
      `<p>${SENTENCE}</p>`,
      `<div style="display:none;">${lines(8)
        .map((l) => `<p>${l}</p>`)
        .join('')}</div>`,
      false,
    ],
    [
      'the text is in the page, visible',
      lines(8),
      `<p>${SENTENCE}</p>`,
      `<div class="banner-note">${lines(8)
        .map((l) => `<p>${l}</p>`)
        .join('')}</div>`,
      true,
    ],
  ] as const)('%s', (_what, body, readability, inPage, wins) => {
    const d = page([...body], inPage);
    const root = readability ? answer(readability) : null;
    const paragraphs = Array.from(d.getElementsByTagName('p'));
    const articleBody = body.join('\n');
    const chosen = schemaBodyInstead(d, root, articleBody, paragraphs);
    expect(chosen !== null).toBe(wins);
    if (wins) expect(chosen?.querySelectorAll('p').length).toBe(body.length);
  });

  it('hidden means an inline style, the hidden attribute or aria-hidden, on it or above', () => {
    const d = doc(
      '<body><div style="visibility: hidden"><p id="a">x</p></div><div hidden><p id="b">x</p></div><div aria-hidden="true"><p id="c">x</p></div><div style="color: red; display:block"><p id="d">x</p></div><div data-style="display:none"><p id="e">x</p></div></body>',
    );
    const hidden = ['a', 'b', 'c', 'd', 'e'].map((id) => isHiddenByPage(d.getElementById(id)!));
    expect(hidden).toEqual([true, true, true, false, false]);
  });

  it('extractArticle reads a page whose article is built by a script from its articleBody', () => {
    const d = page(
      lines(8),
      `<main><figure><img src="/a.jpg"><figcaption>The road, last spring.</figcaption></figure><p>${SENTENCE}</p><div id="app"></div></main>`,
    );
    const result = extractArticle(d, 'https://news.example/road');
    expect(result.ok && result.article.text).toContain('9 years of work');
  });
});
