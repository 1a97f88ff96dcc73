import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import { libraryEpub, markdownZip } from '../../../../src/core/collection/archives';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('archives', () => {
  const hostile = saved(1, {
    title: 'Judul <b>&</b> "kutipan"',
    html: '<h2>Sub</h2><p>Hello <strong>bold</strong> and <a href="https://x.test/a b">link</a>.<script>alert(1)</script></p><ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote><p>1. not a list</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2|3</td></tr></table><img src="javascript:alert(1)" alt="x"><img src="https://x.test/p.jpg" alt="pic" onerror="alert(1)">',
  });

  it('Markdown zip holds one file per article with unique names', () => {
    const files = unzipSync(markdownZip([saved(1), saved(1), saved(2)], win, new Date(0)));
    expect(Object.keys(files)).toEqual([
      'ringkas/jembatan-baru-nomor-1-diresmikan.md',
      'ringkas/jembatan-baru-nomor-1-diresmikan-2.md',
      'ringkas/jembatan-baru-nomor-2-diresmikan.md',
    ]);
    expect(strFromU8(files['ringkas/jembatan-baru-nomor-2-diresmikan.md']!)).toContain(
      '# Jembatan baru nomor 2',
    );
  });

  it('EPUB: mimetype first and stored, well-formed XHTML chapters without remote images', () => {
    const bytes = libraryEpub([hostile, saved(2)], win, { now: new Date(0), id: 'urn:uuid:test' });
    // The first local file header names "mimetype" and uses method 0 (stored).
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0);
    const files = unzipSync(bytes);
    expect(strFromU8(files.mimetype!)).toBe('application/epub+zip');
    const parser = new win.DOMParser();
    for (const name of [
      'OEBPS/a1.xhtml',
      'OEBPS/a2.xhtml',
      'OEBPS/nav.xhtml',
      'OEBPS/content.opf',
    ]) {
      const xml = parser.parseFromString(strFromU8(files[name]!), 'application/xml');
      expect(xml.getElementsByTagName('parsererror').length, name).toBe(0);
    }
    const chapter = strFromU8(files['OEBPS/a1.xhtml']!);
    expect(chapter).not.toMatch(/<img|<script|onerror/);
    expect(chapter).toContain('<strong>bold</strong>');
  });
  it('EPUB: characters XML 1.0 forbids (U+0008, U+FFFF, lone surrogates) never reach a file', () => {
    const bad = '\u0008\uFFFF\uFFFE\u0001\uD800';
    const base = saved(3);
    const record: SavedArticle = {
      ...base,
      title: `Judul${bad} berita`,
      byline: `Penulis${bad}`,
      siteName: `Situs${bad}`,
      tags: [`tag${bad}`],
      html: `<p>Satu${bad} dua \u{1F600} tiga.</p>`,
      digest: {
        ...base.digest,
        summary: base.digest.summary.map((s) => ({ ...s, text: `${s.text}${bad}` })),
      },
    };
    const files = unzipSync(
      libraryEpub([record], win, { now: new Date(0), id: `urn:uuid:x${bad}` }),
    );
    const parser = new win.DOMParser();
    for (const name of ['OEBPS/a1.xhtml', 'OEBPS/nav.xhtml', 'OEBPS/content.opf']) {
      const text = strFromU8(files[name]!);
      const xml = parser.parseFromString(text, 'application/xml');
      expect(xml.getElementsByTagName('parsererror').length, name).toBe(0);
      for (const ch of ['\u0008', '\u0001', '\uFFFF', '\uFFFE'])
        expect(text, name).not.toContain(ch);
      expect(text, name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    const chapter = strFromU8(files['OEBPS/a1.xhtml']!);
    expect(chapter).toContain('Satu dua \u{1F600} tiga.');
    expect(chapter).toContain('Judul berita');
  });
});
