import { describe, expect, it } from 'vitest';
import { articleFromSender, senderKind, validateMessage } from '../../../src/contracts/messages';
import { sampleArticle } from '../core/collection/sample-article';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderKind', () => {
  it('knows an extension page by its URL', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('extension-page');
  });
  it('knows a content script by its tab', () => {
    expect(senderKind({ id: ID, url: 'https://news.example/a', tab: { id: 3 } }, ID, ORIGIN)).toBe(
      'content-script',
    );
  });
  it('trusts nothing from another extension, even with our URL', () => {
    expect(senderKind({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('unknown');
  });
  it('does not take a look-alike origin for ours', () => {
    expect(senderKind({ id: ID, url: `https://evil.example/${ORIGIN}` }, ID, ORIGIN)).toBe(
      'unknown',
    );
  });
});

describe('validateMessage', () => {
  it('accepts a well-formed message from an allowed sender', () => {
    expect(validateMessage({ type: 'library:open', payload: {} }, 'extension-page')).toMatchObject({
      ok: true,
    });
    expect(
      validateMessage({ type: 'library:keepImages', payload: { id: 'a1' } }, 'extension-page'),
    ).toMatchObject({ ok: true });
  });
  it.each([
    [null, 'extension-page', 'not a message'],
    ['library:open', 'extension-page', 'not a message'],
    [{ payload: {} }, 'extension-page', 'not a message'],
    [{ type: 'toString', payload: {} }, 'extension-page', 'unknown message type'],
    [{ type: '__proto__', payload: {} }, 'extension-page', 'unknown message type'],
    [{ type: 'library:open', payload: {} }, 'content-script', 'not accepted from content-script'],
    [{ type: 'library:open', payload: {} }, 'unknown', 'not accepted from unknown'],
    [{ type: 'library:open' }, 'extension-page', 'bad payload'],
    [{ type: 'library:open', payload: 'x' }, 'extension-page', 'bad payload'],
    // Keeping images is asked by the extension's pages only, for one article id.
    [{ type: 'library:keepImages', payload: { id: 'a1' } }, 'content-script', 'not accepted'],
    [{ type: 'library:keepImages', payload: { id: '' } }, 'extension-page', 'bad payload'],
    [
      { type: 'library:keepImages', payload: { id: 'a1', url: 'x' } },
      'extension-page',
      'bad payload',
    ],
  ])('refuses %j from %s', (raw, from, error) => {
    const result = validateMessage(raw, from as 'extension-page');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});
// Issue 13, item 4: the reader's Save carries the article it shows; the background keeps it
// only when it is the sender's own page.
describe('tab:save carries the article the reader shows', () => {
  const sample = sampleArticle(1, { url: 'https://news.example.id/2024/berita-1' });
  it('accepts an article and its digest from a content script, and nothing less', () => {
    expect(
      validateMessage(
        { type: 'tab:save', payload: { article: sample.article, digest: sample.digest } },
        'content-script',
      ),
    ).toMatchObject({ ok: true });
    expect(validateMessage({ type: 'tab:save', payload: {} }, 'content-script')).toMatchObject({
      ok: false,
      error: 'bad payload for "tab:save"',
    });
  });
  it.each([
    [{ url: 'https://news.example.id/2024/berita-1', tab: { id: 1 }, frameId: 0 }, true],
    [{ url: 'https://news.example.id/other#x', tab: { id: 1 }, frameId: 0 }, true],
    [{ url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 }, false],
    [{ url: 'http://news.example.id/2024/berita-1', tab: { id: 1 }, frameId: 0 }, false],
    [{ url: 'https://news.example.id/2024/berita-1', tab: { id: 1 }, frameId: 3 }, false],
    [{ url: 'https://news.example.id/2024/berita-1' }, false],
    [{ tab: { id: 1 }, frameId: 0 }, false],
  ])('an article of news.example.id from %j: %s', (sender, expected) => {
    expect(articleFromSender(sample.article.url, sender)).toBe(expected);
  });
});

describe('digest:compute', () => {
  const payload = {
    text: 'Bupati Balangan meninjau banjir.',
    lang: 'id',
    publishedTime: null,
    title: 'Banjir',
    summarySentences: 3,
  };
  it('is accepted from the in-page reader and the popup with a well-formed article', () => {
    expect(validateMessage({ type: 'digest:compute', payload }, 'content-script')).toMatchObject({
      ok: true,
    });
    expect(validateMessage({ type: 'digest:compute', payload }, 'extension-page')).toMatchObject({
      ok: true,
    });
  });
  it.each([
    [{ ...payload, text: 42 }, 'content-script'],
    [{ ...payload, summarySentences: 500 }, 'content-script'],
    [{ ...payload, extra: 'x' }, 'content-script'],
    [{ ...payload, text: 'x'.repeat(2_000_001) }, 'content-script'],
    [payload, 'unknown'],
  ])('refuses %#', (bad, from) => {
    expect(validateMessage({ type: 'digest:compute', payload: bad }, from as 'unknown').ok).toBe(
      false,
    );
  });
});

describe('digest:prepare', () => {
  it("names a language, from the extension's own pages only (the popup)", () => {
    const message = { type: 'digest:prepare', payload: { lang: 'id' } };
    expect(validateMessage(message, 'extension-page').ok).toBe(true);
    expect(validateMessage(message, 'content-script').ok).toBe(false);
    expect(validateMessage(message, 'unknown').ok).toBe(false);
    for (const payload of [
      { lang: '' },
      { lang: 'x'.repeat(36) },
      { lang: 1 },
      { lang: 'id', x: 1 },
    ])
      expect(validateMessage({ ...message, payload }, 'extension-page').ok).toBe(false);
  });
});

describe('reader:strings', () => {
  it('names a UI language, from the in-page reader only', () => {
    const message = { type: 'reader:strings', payload: { lang: 'id' } };
    expect(validateMessage(message, 'content-script').ok).toBe(true);
    expect(validateMessage(message, 'unknown').ok).toBe(false);
    expect(validateMessage({ ...message, payload: { lang: 'fr' } }, 'content-script').ok).toBe(
      false,
    );
    expect(
      validateMessage({ ...message, payload: { lang: 'en', more: 1 } }, 'content-script').ok,
    ).toBe(false);
  });
});

describe('reader:notes and reader:highlight', () => {
  const address = { url: 'https://news.example.id/a', canonicalUrl: 'https://news.example.id/a' };
  const highlight = {
    id: 'h1',
    color: 'green',
    exact: 'jembatan baru',
    prefix: '',
    suffix: '',
    note: '',
    createdAt: 1,
    updatedAt: 1,
  };
  const edit = (value: unknown) => ({
    type: 'reader:highlight',
    payload: { ...address, edit: value },
  });

  it('name the page, from the in-page reader only', () => {
    expect(validateMessage({ type: 'reader:notes', payload: address }, 'content-script').ok).toBe(
      true,
    );
    expect(validateMessage({ type: 'reader:notes', payload: address }, 'unknown').ok).toBe(false);
    expect(
      validateMessage({ type: 'reader:notes', payload: { url: 1 } }, 'content-script').ok,
    ).toBe(false);
  });

  it('carry one well-formed edit', () => {
    const ok = (value: unknown) => validateMessage(edit(value), 'content-script').ok;
    expect(ok({ kind: 'add', highlight })).toBe(true);
    expect(ok({ kind: 'change', id: 'h1', note: 'catatan' })).toBe(true);
    expect(ok({ kind: 'change', id: 'h1', color: 'pink' })).toBe(true);
    expect(ok({ kind: 'remove', id: 'h1' })).toBe(true);
    expect(ok({ kind: 'add', highlight: { ...highlight, color: 'red' } })).toBe(false);
    expect(ok({ kind: 'add', highlight: { ...highlight, exact: '' } })).toBe(false);
    expect(ok({ kind: 'change', id: 'h1', note: 'x'.repeat(10_001) })).toBe(false);
    expect(ok({ kind: 'remove', id: '' })).toBe(false);
    expect(ok({ kind: 'replace', highlights: [] })).toBe(false);
    expect(validateMessage(edit({ kind: 'remove', id: 'h1' }), 'extension-page').ok).toBe(false);
  });
});
