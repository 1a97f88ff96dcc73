// @vitest-environment jsdom
// Issue 13, item 14: in-article fragment links (footnotes) got target=_blank; in the popup a
// click opened a new popup tab. They stay in the article (popup, reader and library all show
// articles through ArticleView); links to other pages still open a new tab, with rel=noopener.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { ArticleView } from '../../../src/ui/article-view';
import { translator } from '../../../src/contracts/locales';
import { sampleArticle } from '../core/collection/sample-article';

const FOOTNOTED =
  '<p>Jembatan baru<sup><a href="#fn-1">1</a></sup> dan <a href="https://example.org/x">sumber</a>.</p>' +
  '<ol><li id="fn-1">Catatan kaki satu.</li></ol>';

describe('fragment links in sanitised article HTML', () => {
  const win = new JSDOM('').window as unknown as Window & typeof globalThis;
  const parse = (html: string) => {
    const doc = new win.DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }));
  };

  it('a #fragment link opens nothing new and points at the kept, renamed id', () => {
    const clean = sanitizeHtml(FOOTNOTED, win);
    expect(parse(clean)).toEqual([
      { href: '#user-content-fn-1', target: null, rel: 'noopener noreferrer nofollow' },
      { href: 'https://example.org/x', target: '_blank', rel: 'noopener noreferrer nofollow' },
    ]);
    expect(clean).toContain('id="user-content-fn-1"');
  });

  it('sanitising again changes nothing (imports and inserts sanitise once more)', () => {
    const once = sanitizeHtml(FOOTNOTED, win);
    expect(sanitizeHtml(once, win)).toBe(once);
  });
});

describe('ArticleView', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('a click on a footnote link scrolls to the footnote inside the article and navigates nowhere', () => {
    host = document.createElement('div');
    document.body.append(host);
    const { article, digest } = sampleArticle(1, { html: FOOTNOTED });
    const scrolled: string[] = [];
    // jsdom lays nothing out and has no scrollIntoView of its own.
    window.HTMLElement.prototype.scrollIntoView ??= () => undefined;
    const scroll = vi
      .spyOn(window.HTMLElement.prototype, 'scrollIntoView')
      .mockImplementation(function (this: HTMLElement) {
        scrolled.push(this.textContent ?? '');
      });
    act(() => {
      render(
        <ArticleView article={article} digest={digest} t={translator('en')} locale="en" />,
        host,
      );
    });
    const link = [...host.querySelectorAll('.article-content a')].find(
      (a) => a.textContent === '1',
    );
    expect(link).toBeDefined();
    const click = new window.MouseEvent('click', { bubbles: true, cancelable: true });
    link!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(scrolled).toEqual(['Catatan kaki satu.']);
    expect(document.activeElement?.textContent).toBe('Catatan kaki satu.');
    scroll.mockRestore();
  });
});
