// Finding an article's other pages: each form of pagination, and the look-alikes that must not
// be followed (issue 12).
import { describe, expect, it } from 'vitest';
import { findPageLinks, pageAddress } from '../../../../src/core/extract/pagination';
import { parse } from './paged-fixtures';

const URL_ = 'https://news.example.id/2020/10/09/a-story';
const page = (body: string, head = ''): Document =>
  parse(
    `<!DOCTYPE html><html><head>${head}</head><body><article><p>Text.</p></article>${body}</body></html>`,
  );
const numbers = (doc: Document, url = URL_): number[] =>
  findPageLinks(doc, url).pages.map((p) => p.number);

describe('pageAddress', () => {
  it.each([
    ['https://a.id/x/story?page=2', 'https://a.id/x/story', 2],
    ['https://a.id/x/story?utm=1&page=3', 'https://a.id/x/story?utm=1', 3],
    ['https://a.id/x/story/2/', 'https://a.id/x/story', 2],
    ['https://a.id/x/story/page/4', 'https://a.id/x/story', 4],
    ['https://a.id/x/story#comments', 'https://a.id/x/story', 1],
  ])('%s is page %d of its article', (href, key, number) => {
    expect(pageAddress(href)).toEqual({ key, number: number as number });
  });
});

describe('findPageLinks: the forms of pagination', () => {
  it('reads <link rel="next">', () => {
    expect(numbers(page('', `<link rel="next" href="${URL_}?page=2">`))).toEqual([2]);
  });
  it('reads a numbered block with query page numbers', () => {
    const doc = page(
      `<div class="paging">Halaman <span>1</span> <a href="?page=2">2</a> <a href="?page=3">3</a></div>`,
    );
    expect(numbers(doc)).toEqual([2, 3]);
  });
  it('reads a numbered block with path page numbers', () => {
    const doc = page(
      `<div class="page-links">Pages: 1 <a href="${URL_}/2/">2</a> <a href="${URL_}/3/">3</a></div>`,
    );
    expect(numbers(doc)).toEqual([2, 3]);
  });
  it.each([
    'Halaman selanjutnya',
    'Berikutnya',
    'Next page',
    'Seite 2',
    'Halaman 2',
    'Nächste Seite',
  ])('reads a "%s" link', (text) => {
    expect(numbers(page(`<p><a href="${URL_}?page=2">${text}</a></p>`))).toEqual([2]);
  });
  it('knows where it is: page 2 links back to page 1 and on to page 3', () => {
    const doc = page(`<div><a href="${URL_}">1</a> <a href="${URL_}?page=3">3</a></div>`);
    expect(findPageLinks(doc, `${URL_}?page=2`)).toMatchObject({ current: 2 });
    expect(numbers(doc, `${URL_}?page=2`)).toEqual([1, 3]);
  });
  it.each(['Tampilkan semua', 'Lihat semua halaman', 'Single page', 'Show all'])(
    'finds a "%s" link to the whole article',
    (text) => {
      const doc = page(`<a href="?page=2">2</a> <a href="${URL_}?page=all">${text}</a>`);
      expect(findPageLinks(doc, URL_).showAll).toBe(`${URL_}?page=all`);
    },
  );
});

describe('findPageLinks: look-alikes are not followed', () => {
  it('a "next article" link to another story', () => {
    expect(
      numbers(page(`<a href="https://news.example.id/2020/10/10/another-story">Next</a>`)),
    ).toEqual([]);
  });
  it('the paging of an archive or a category', () => {
    const doc = page(`<nav><a href="https://news.example.id/category/news/page/2">2</a></nav>`);
    expect(numbers(doc)).toEqual([]);
    const archive = page(`<a href="https://news.example.id/category/news/page/2">2</a>`);
    expect(numbers(archive, 'https://news.example.id/category/news')).toEqual([]);
    expect(numbers(page(`<a href="/page/2/">2</a>`), 'https://news.example.id/')).toEqual([]);
  });
  it('comment pages', () => {
    const doc = page(
      `<div id="comments"><a href="${URL_}?page=2">2</a></div><a href="${URL_}/comment-page-2/">2</a><a href="${URL_}?cpage=2">Next</a>`,
    );
    expect(numbers(doc)).toEqual([]);
  });
  it('the paging of a listing with more pages than a story has', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<a href="?page=${i + 2}">${i + 2}</a>`);
    expect(numbers(page(links.join(' ')))).toEqual([]);
  });
  it('another origin, even with this path', () => {
    expect(numbers(page(`<a href="https://evil.example/2020/10/09/a-story?page=2">2</a>`))).toEqual(
      [],
    );
  });
  it('a link to this page number with unrelated text', () => {
    expect(
      numbers(page(`<p>Read <a href="${URL_}?page=2">the second part of our survey</a>.</p>`)),
    ).toEqual([]);
  });
});
