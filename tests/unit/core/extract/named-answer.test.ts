import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isNamedAnswer } from '../../../../src/core/extract/named-answer';
import { betterCandidate } from '../../../../src/core/extract/candidates';

const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.';
const BIO =
  'Ana Lim has written about roads, bridges and the people who pay for them for twenty years. She lives in the hills with two dogs and far too many bicycles.';
const el = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body
    .firstElementChild as unknown as Element;

describe("Readability's answer named as no article", () => {
  it.each([
    // [what, the answer, named]
    [
      "an author box in Readability's wrappers",
      `<div class="page"><div id="author-description"><p>${BIO}</p></div></div>`,
      true,
    ],
    ['an author box by class', `<div><div class="author-box"><p>${BIO}</p></div></div>`, true],
    ['a comment list', `<div><ol class="comment-list"><li><p>${BIO}</p></li></ol></div>`, true],
    ['a related box', `<div class="related-posts"><p>${SENTENCE}</p></div>`, true],
    // Look-alikes: the article, or the article beside a box.
    [
      'the post itself',
      `<div class="page"><div class="entry-content"><p>${SENTENCE}</p></div></div>`,
      false,
    ],
    [
      'the post with its author box beside it',
      `<div class="page"><div class="entry-content"><p>${SENTENCE}</p></div><div class="author-box"><p>${BIO}</p></div></div>`,
      false,
    ],
    [
      'a post wrapper tagged "comments"',
      `<div><article class="post-12 hentry tag-comments"><p>${SENTENCE}</p></article></div>`,
      false,
    ],
    [
      'text beside the wrapper',
      `<div>Intro text <div class="author-box"><p>${BIO}</p></div></div>`,
      false,
    ],
  ] as const)('%s', (_what, html, named) => {
    expect(isNamedAnswer(el(html))).toBe(named);
  });

  it('a short post wins over an author box with more prose that Readability took', () => {
    const { document } = parseHTML(
      `<html><body><div class="entry-content"><p>${SENTENCE}</p></div></body></html>`,
    );
    const answer = el(`<div class="page"><div id="author-info"><p>${BIO} ${BIO}</p></div></div>`);
    const chosen = betterCandidate(document as unknown as Document, answer, null);
    expect(chosen?.getAttribute('class')).toBe('entry-content');
  });

  it('an author box stays the answer when nothing else has a run of prose', () => {
    const { document } = parseHTML('<html><body><div class="menu"><p>Home</p></div></body></html>');
    const answer = el(`<div class="page"><div id="author-info"><p>${BIO}</p></div></div>`);
    expect(betterCandidate(document as unknown as Document, answer, null)).toBeNull();
  });
});
