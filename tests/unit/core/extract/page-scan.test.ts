// The page scan finds, in one walk, what the steps before Readability looked up one by one.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { scanPage } from '../../../../src/core/extract/page-scan';
import { BREAK_MARK } from '../../../../src/core/extract/line-breaks';
import { DEFAULT_LIMITS } from '../../../../src/core/extract/size-guard';

const PAGE =
  '<!doctype html><html><head><meta name="a" content="1"><base href="/x/"><script type="application/ld+json">{}</script>' +
  '<link rel="canonical" href="/c"></head><body><form><input name="q"><img src="i.png"></form>' +
  '<p>One<br>two <time datetime="2020-01-01">then</time></p><template><meta name="t" content="2"></template>' +
  '</body></html><meta name="after" content="3"><p>late<br>line</p>';

const parsers: [string, (html: string) => Document][] = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

describe.each(parsers)('scanPage (%s)', (_, parse) => {
  it('finds the elements the lookups by tag found, in document order', () => {
    const doc = parse(PAGE);
    const scan = scanPage(doc, DEFAULT_LIMITS);
    const byTag = (tag: string) => Array.from(doc.getElementsByTagName(tag));
    expect(scan.exceeded).toBeNull();
    expect(scan.meta).toEqual(byTag('meta'));
    expect(scan.scripts).toEqual(byTag('script'));
    expect(scan.links).toEqual(byTag('link'));
    expect(scan.times).toEqual(byTag('time'));
    expect(scan.bases).toEqual(byTag('base'));
    // Breaks and names only in the document element's tree, as the fold and unclobber read them.
    expect(scan.breaks).toEqual(Array.from(doc.documentElement.getElementsByTagName('br')));
    expect(scan.named.map((el) => el.localName)).toEqual(['form', 'input', 'img']);
    expect(scan.marked).toBe(false);
  });

  it('tells a page whose text holds the fold marker already', () => {
    const doc = parse(`<html><body><p>a${BREAK_MARK}b<br>c</p></body></html>`);
    expect(scanPage(doc, null).marked).toBe(true);
  });
});
