import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../../src/core/extract/extract-article';
import { listParagraphs, strippedBlock } from '../../../../src/core/extract/stripped-block';

const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.';
/** n paragraphs of 25 words each. */
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${SENTENCE.replace('two', `${i + 2}`)}</p>`).join('');
const NOTICE =
  '<p>Subscribe to our newsletter and we will send you the news of the week, every Friday, for free.</p>';
const doc = (html: string): Document =>
  parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** The page's paragraphs listed, then Readability's answer (#answer) taken out of the page. */
function run(around: string, answer = NOTICE): string | null {
  const d = doc(`<div id="answer">${answer}</div>${around}`);
  const list = listParagraphs(d);
  const taken = d.getElementById('answer') as Element;
  taken.remove();
  const chosen = strippedBlock(list, taken, (taken.textContent ?? '').length);
  return chosen ? chosen.getAttribute('class') || chosen.localName.toLowerCase() : null;
}

describe('the block Readability stripped, read instead of a short answer', () => {
  it.each([
    // [what, the page beside the answer, Readability's answer, block read]
    [
      'a "banner" block of prose',
      `<div class="banner-text">${prose(8)}</div>`,
      NOTICE,
      'banner-text',
    ],
    ['prose in <noscript>, read as a <div>', `<noscript>${prose(8)}</noscript>`, NOTICE, 'div'],
    [
      'a block too short (under 150 words)',
      `<div class="banner-text">${prose(5)}</div>`,
      NOTICE,
      null,
    ],
    [
      'an answer already long (1500 characters)',
      `<div class="b">${prose(20)}</div>`,
      prose(12),
      null,
    ],
    ['a block under twice the answer', `<div class="b">${prose(8)}</div>`, prose(5), null],
    [
      "readers' comments",
      `<ol class="commentlist"><li class="comment">${prose(9)}</li></ol>`,
      NOTICE,
      null,
    ],
    ['a related box', `<div class="related-posts">${prose(9)}</div>`, NOTICE, null],
    ['a cookie notice', `<div class="cookie-consent">${prose(9)}</div>`, NOTICE, null],
    ['a modal', `<div id="subscribe-modal">${prose(9)}</div>`, NOTICE, null],
    ['a dialog by role', `<div role="dialog">${prose(9)}</div>`, NOTICE, null],
    [
      'a block the page hides',
      `<div class="b" style="display:none">${prose(9)}</div>`,
      NOTICE,
      null,
    ],
    [
      'paragraphs that are links',
      `<div class="b">${prose(9).replaceAll('<p>', '<p><a href="/x">')}</div>`,
      NOTICE,
      null,
    ],
    [
      'a lightbox-enabled post is no overlay',
      `<div class="post use-lightbox"><div class="c">${prose(8)}</div></div>`,
      NOTICE,
      'c',
    ],
  ] as const)('%s', (_what, around, answer, expected) => {
    expect(run(around, answer)).toBe(expected);
  });

  it('extractArticle reads the article Readability stripped as a "banner"', () => {
    const d = doc(
      `<div class="notice"><p>Our offices are closed on Friday; orders placed then ship on Monday.</p></div><div class="banner-story">${prose(8)}</div>`,
    );
    const result = extractArticle(d, 'https://news.example/road');
    expect(result.ok && result.article.text).toContain('9 years of work');
  });
});
