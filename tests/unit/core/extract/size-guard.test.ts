// The size guard and the page scan count a page whose forms shadow the node properties a walk
// reads. A browser lets a form's inputs shadow its properties by name (HTMLFormElement is
// [LegacyOverrideBuiltIns]: `<input name="nextSibling">` makes form.nextSibling that input); the
// read script runs the guard on such live pages. jsdom does not implement it, so the tests give
// the form the same own properties a browser would.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { DEFAULT_LIMITS, exceededLimit } from '../../../../src/core/extract/size-guard';
import { scanPage } from '../../../../src/core/extract/page-scan';

function clobberForms(doc: Document): void {
  for (const form of Array.from(doc.forms))
    for (const input of Array.from(form.elements)) {
      const name = input.getAttribute('name');
      if (name) Object.defineProperty(form, name, { value: input, configurable: true });
    }
}

const inputs = (names: string[]): string => names.map((n) => `<input name="${n}">`).join('');
const spans = (n: number): string => '<span>x</span>'.repeat(n);

/** A page of html, head, body, a form of `formElements` elements (itself included) and two <p>. */
function page(formInputs: string[], extra: number): string {
  return `<html><head></head><body><p>Before</p><form>${inputs(formInputs)}${spans(extra)}</form><p>After</p></body></html>`;
}

const limits = (maxElements: number) => ({ ...DEFAULT_LIMITS, maxElements });

describe('exceededLimit on a page whose form shadows node properties', () => {
  it('counts the form and its contents when the form shadows nodeType and firstChild', () => {
    const doc = new JSDOM(page(['nodeType', 'firstChild'], 30)).window.document;
    clobberForms(doc);
    // html, head, body, 2 p, form, 2 inputs, 30 spans: 38 elements.
    expect(exceededLimit(doc, limits(38))).toBeNull();
    expect(exceededLimit(doc, limits(37))).toBe('maxElements');
    expect(scanPage(doc, limits(38)).exceeded).toBeNull();
    expect(scanPage(doc, limits(37)).exceeded).toBe('maxElements');
  });

  it('walks past a form that shadows nextSibling and parentNode, and comes to an end', () => {
    const doc = new JSDOM(page(['nextSibling', 'parentNode', 'q'], 5)).window.document;
    clobberForms(doc);
    // html, head, body, 2 p, form, 3 inputs, 5 spans: 14 elements.
    expect(exceededLimit(doc, limits(14))).toBeNull();
    expect(exceededLimit(doc, limits(13))).toBe('maxElements');
    const scan = scanPage(doc, limits(14));
    expect(scan.exceeded).toBeNull();
    expect(scan.named.map((el) => el.getAttribute('name') ?? el.localName)).toEqual([
      'form',
      'nextSibling',
      'parentNode',
      'q',
    ]);
  });

  it('counts the same in linkedom, which keeps nodeType and parentNode on the instance', () => {
    const doc = parseHTML(page(['nextSibling', 'nodeType'], 30)).document as unknown as Document;
    expect(exceededLimit(doc, limits(38))).toBeNull();
    expect(exceededLimit(doc, limits(37))).toBe('maxElements');
    expect(scanPage(doc, limits(38)).exceeded).toBeNull();
    expect(scanPage(doc, limits(37)).exceeded).toBe('maxElements');
  });

  it('still stops at the depth and text limits', () => {
    const deep = `<html><body>${'<div>'.repeat(20)}text${'</div>'.repeat(20)}</body></html>`;
    const doc = new JSDOM(deep).window.document;
    expect(exceededLimit(doc, { ...DEFAULT_LIMITS, maxDepth: 10 })).toBe('maxDepth');
    expect(exceededLimit(doc, { ...DEFAULT_LIMITS, maxTextChars: 3 })).toBe('maxTextChars');
    expect(exceededLimit(doc, DEFAULT_LIMITS)).toBeNull();
  });
});
