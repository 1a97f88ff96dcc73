import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { libraryToHtml } from '../../../../src/core/collection/html-export';
import { libraryEpub, type XhtmlWindow } from '../../../../src/core/collection/archives';
import { articleToMarkdown } from '../../../../src/core/collection/markdown';
import type { SavedArticle } from '../../../../src/core/schema/saved-article';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

const record: SavedArticle = {
  ...makeSavedArticle(sampleArticle(1), 'id-1', 1_700_000_000_000),
  html: '<p>Hujan deras merendam rumah.</p><p>Warga mengungsi.</p>',
  highlights: [
    {
      id: 'h1',
      color: 'pink',
      exact: 'deras merendam',
      prefix: 'Hujan ',
      suffix: ' rumah',
      note: 'Catatan <script>x</script> # bukan judul',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    },
  ],
};

describe('highlights in the exports', () => {
  it('HTML marks the passage in the body and lists it with its note, escaped', () => {
    const html = libraryToHtml([record], win, { now: new Date(0) });
    const doc = new JSDOM(html).window.document;
    const mark = doc.querySelector('.body mark.highlight-pink')!;
    expect(mark.textContent).toBe('deras merendam');
    expect(doc.querySelector('.highlights .note')!.textContent).toBe(record.highlights![0]!.note);
    expect(doc.querySelector('script')).toBeNull();
  });

  it('EPUB marks the passage and lists the note in the chapter', () => {
    const files = unzipSync(
      libraryEpub([record], win as unknown as XhtmlWindow, { now: new Date(0), id: 'x' }),
    );
    const chapter = strFromU8(files['OEBPS/a1.xhtml']!);
    const doc = new win.DOMParser().parseFromString(chapter, 'application/xhtml+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('.body mark')!.textContent).toBe('deras merendam');
    expect(doc.querySelector('.highlights .note')!.textContent).toBe(record.highlights![0]!.note);
  });

  it('Markdown gives each highlight as a quote followed by its note', () => {
    const md = articleToMarkdown(record, win);
    expect(md).toContain(
      '## Highlights\n\n> deras merendam\n\nCatatan \\<script\\>x\\</script\\> # bukan judul\n',
    );
    const plain = articleToMarkdown({ ...record, highlights: [] }, win);
    expect(plain).not.toContain('## Highlights');
  });
});
