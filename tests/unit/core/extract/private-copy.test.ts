// The private copy is made safe from DOM clobbering in every DOM extraction runs on: the
// browser's, jsdom's, and linkedom's (Chrome's service worker), whose getElementsByTagName('*')
// finds nothing (an unclobbering walk built on it would leave the page's names in place).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { unclobber } from '../../../../src/core/extract/private-copy';

const PAGE =
  '<html><body><img name="querySelector" id="photo"><form id="f"><input type="hidden" name="id" value="1">' +
  '<input name="getAttribute"><input name="q"></form><p id="title">Text</p></body></html>';

const parsers: [string, (html: string) => Document][] = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

describe.each(parsers)('unclobber (%s)', (_, parse) => {
  it('takes the names that shadow the document or a form, and leaves the rest', () => {
    const doc = parse(PAGE);
    unclobber(doc);
    const names = Array.from(doc.querySelectorAll('[name]'), (el) => el.getAttribute('name'));
    expect(names).toEqual(['q']);
    expect(doc.querySelector('img')?.getAttribute('id')).toBe('photo');
    // Only elements a document or a form exposes by name are changed.
    expect(doc.querySelector('p')?.getAttribute('id')).toBe('title');
  });
});
