// The rules of issue 12 beside the pagination: whole-word class names, no rule taking most of
// the article, removed words listed, the other candidates when Readability finds little, "no
// article" for pages without prose, and the clutter lines every pack names.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanUp } from '../../../../src/core/extract/clean-up';
import { clutterLine } from '../../../../src/core/extract/clutter-lines';
import { splitBylineDate } from '../../../../src/core/extract/lead-date';
import { extractArticle } from '../../../../src/core/extract/extract-article';
import { hasProse, isReadable } from '../../../../src/core/extract/candidates';
import { plainText } from '../../../../src/core/extract/plain-text';
import { clutterLexicon, normalizeLabel } from '../../../../src/core/lang/clutter';
import { findDateline } from '../../../../src/core/text/dateline';
import { readPage } from '../../../../src/core/read-page';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.';
const paragraphs = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${SENTENCE.replace('two', String(i + 2))}</p>`).join('');

describe('class names are read as whole words', () => {
  it.each([
    ['tag-tax-credits', null],
    ['post-12 type-post status-publish hentry tag-tax-credits category-comments', null],
    ['jp-relatedposts', 'related'],
    ['unrelated-info', null],
    ['related-posts', 'related'],
    ['relatedPosts', 'related'],
    ['share-buttons', 'share'],
    ['shares-count-total', null],
  ])('%s names %s', (names, kind) => {
    const found = clutterLexicon().name(names);
    expect(kind === null ? found : found !== null).toBe(kind === null ? null : true);
  });

  it('a post wrapper tagged "tax credits" keeps its text', () => {
    const root = doc(
      `<div id="r"><div class="post-7 type-post hentry tag-tax-credits">${paragraphs(4)}</div></div>`,
    ).getElementById('r') as unknown as Element;
    cleanUp(root);
    expect(plainText(root, { skipCaptions: true })).toContain('3 years of work');
  });
});

describe('nothing dropped unseen', () => {
  it('no rule takes a block holding most of the article, even one named "comments"', () => {
    const root = doc(
      `<div id="r"><div class="comments">${paragraphs(6)}</div><p>${SENTENCE}</p></div>`,
    ).getElementById('r') as unknown as Element;
    cleanUp(root);
    expect(plainText(root)).toContain('7 years of work');
  });
  it('every removed block carries its words, merged neighbours added up', () => {
    const root = doc(
      `<div id="r">${paragraphs(4)}<ul><li><a href="/a">Another story about the road works</a></li></ul><ul><li><a href="/b">A second story about the new bridge</a></li></ul></div>`,
    ).getElementById('r') as unknown as Element;
    const { removed } = cleanUp(root);
    expect(removed).toEqual([expect.objectContaining({ kind: 'related', words: 13 })]);
  });
});

describe('what reads as an article', () => {
  it('a 40-word brief is one; a sign-in form is not', () => {
    expect(hasProse(`${SENTENCE} Drivers were asked to use other roads for two weeks.`)).toBe(true);
    expect(isReadable('Email\nPassword\nSign in\nForgot your password?\nCreate an account')).toBe(
      false,
    );
  });
  it('when Readability finds too little, the itemprop articleBody is read', () => {
    // Short paragraphs in a page of links: Readability's answer is under its threshold.
    const page = doc(
      `<html><head><title>Brief</title></head><body><nav>${'<a href="/x">Section</a> '.repeat(30)}</nav><div itemprop="articleBody"><span>${SENTENCE}</span><br><span>${SENTENCE.replace('two', 'three')}</span></div></body></html>`,
    );
    const result = extractArticle(page, 'https://news.example/brief');
    expect(result.ok && result.article.text).toContain('three years of work');
  });
  it('the JSON-LD articleBody is a candidate too', () => {
    const body = `${SENTENCE}\\n${SENTENCE.replace('two', 'four')}`;
    const page = doc(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Road","articleBody":"${body}"}</script></head><body><div id="app"></div></body></html>`,
    );
    const result = readPage(page, 'https://news.example/road');
    expect(result.ok && result.article.text).toContain('four years of work');
  });
});

describe('clutter lines of every pack', () => {
  it.each([
    ['Tempo de leitura: 1 minuto', 'reading-time'],
    ['5 min read', 'reading-time'],
    ['Waktu baca 2 menit', 'reading-time'],
    ['Lesezeit: 4 Minuten', 'reading-time'],
    ['Image copyright Getty Images', 'credit'],
    ['Media caption Protesters gathered outside parliament on Monday', 'caption'],
    [`${SENTENCE} It was a 5 min read of the plan.`, null],
    ['Reading time matters, the minister said in 2020 to reporters at length.', null],
  ])('%s is %s', (text, kind) => {
    expect(clutterLine(normalizeLabel(text), text.split(/\s+/).length)).toBe(kind);
  });
  it('a dateline opening the summary goes, a soft hyphen before its dash too', () => {
    expect(findDateline('KUCHING, Oct 9 \u00ad— Political analysts have opined')?.length).toBe(
      'KUCHING, Oct 9 \u00ad— '.length,
    );
  });
  it.each([
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press', '2019-11-19'],
    ['Reuters | Kamis, 5 November 2015 14:56 WIB', 'Reuters', '2015-11-05'],
    ['Budi Santoso', 'Budi Santoso', null],
  ])('byline %s keeps the name, the date goes to publishedTime', (byline, name, date) => {
    expect(splitBylineDate(byline)).toEqual({ name, date });
  });
});
