import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import { canonicalKey } from '../../../src/core/collection/canonical-key';
import { makeSavedArticle, mergeImported, resave } from '../../../src/core/collection/record';
import { toRow } from '../../../src/core/collection/library-row';
import type { SavedArticle } from '../../../src/core/schema/saved-article';
import { DEFAULT_QUERY, facetsOf, selectRows } from '../../../src/core/collection/query';
import { LibrarySearch } from '../../../src/core/collection/search-index';
import { articleToMarkdown, htmlToMarkdown } from '../../../src/core/collection/markdown';
import { libraryToHtml } from '../../../src/core/collection/html-export';
import { libraryEpub, markdownZip } from '../../../src/core/collection/archives';
import { exportLibraryJson, parseLibraryFile } from '../../../src/core/collection/library-json';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('canonicalKey', () => {
  it.each([
    ['https://www.Example.com/a/b/?utm_source=x&id=3#top', 'https://example.com/a/b?id=3'],
    ['http://example.com/', 'https://example.com'],
    ['https://example.com:8080/x?fbclid=1', 'https://example.com:8080/x'],
  ])('%s -> %s', (input, key) => expect(canonicalKey(input)).toBe(key));

  it('falls back to the page URL when there is no canonical URL', () => {
    expect(canonicalKey('', 'https://example.com/p')).toBe('https://example.com/p');
  });
});

describe('records', () => {
  it('resave keeps id, first save, read state and joins tags', () => {
    const first = { ...saved(1), read: true, tags: ['a'] };
    const again = makeSavedArticle(
      { ...sampleArticle(1, { title: 'new' }), tags: ['b'] },
      'other',
      9_000,
    );
    const next = resave(first, again, 9_000);
    expect(next).toMatchObject({
      id: 'id-1',
      savedAt: 1_000,
      updatedAt: 9_000,
      read: true,
      tags: ['a', 'b'],
      title: 'new',
    });
  });

  it('import merge takes the newer content and reports unchanged when nothing differs', () => {
    const mine = saved(1);
    expect(mergeImported(mine, { ...mine }).action).toBe('unchanged');
    const older = { ...mine, title: 'old', updatedAt: 10 };
    expect(mergeImported(mine, older).record.title).toBe(mine.title);
    const newer = { ...mine, title: 'newer', updatedAt: 99_999, id: 'x' };
    const merged = mergeImported(mine, newer);
    expect(merged).toMatchObject({ action: 'update', record: { title: 'newer', id: 'id-1' } });
  });
});

describe('selectRows and facetsOf', () => {
  const rows = [
    toRow(saved(1, { siteName: 'B site', lang: 'id', tags: ['x'], publishedTime: null })),
    toRow(
      saved(2, {
        siteName: 'A site',
        lang: 'en',
        read: true,
        publishedTime: '2020-01-01T00:00:00Z',
      }),
    ),
    toRow(
      saved(3, {
        siteName: 'B site',
        lang: 'id',
        tags: ['x', 'y'],
        publishedTime: '2021-01-01T00:00:00Z',
      }),
    ),
  ];

  it('sorts by saved date, published date and site', () => {
    expect(selectRows(rows, DEFAULT_QUERY).map((r) => r.id)).toEqual(['id-3', 'id-2', 'id-1']);
    expect(selectRows(rows, { ...DEFAULT_QUERY, sort: 'published' }).map((r) => r.id)).toEqual([
      'id-3',
      'id-2',
      'id-1',
    ]);
    expect(selectRows(rows, { ...DEFAULT_QUERY, sort: 'site' }).map((r) => r.id)).toEqual([
      'id-2',
      'id-3',
      'id-1',
    ]);
  });

  it('filters by site, language, tag and read state, and keeps the search order', () => {
    expect(
      selectRows(rows, { ...DEFAULT_QUERY, site: 'B site', tag: 'y' }).map((r) => r.id),
    ).toEqual(['id-3']);
    expect(selectRows(rows, { ...DEFAULT_QUERY, lang: 'en' }).map((r) => r.id)).toEqual(['id-2']);
    expect(selectRows(rows, { ...DEFAULT_QUERY, read: 'unread' }).map((r) => r.id)).toEqual([
      'id-3',
      'id-1',
    ]);
    expect(
      selectRows(rows, { ...DEFAULT_QUERY, read: 'unread' }, ['id-1', 'id-2', 'id-3']).map(
        (r) => r.id,
      ),
    ).toEqual(['id-1', 'id-3']);
  });

  it('counts the values the filters offer', () => {
    const facets = facetsOf(rows);
    expect(facets.sites).toEqual([
      { value: 'B site', count: 2 },
      { value: 'A site', count: 1 },
    ]);
    expect(facets.tags).toEqual([
      { value: 'x', count: 2 },
      { value: 'y', count: 1 },
    ]);
  });
});

describe('LibrarySearch', () => {
  const records = [
    saved(
      1,
      { title: 'Banjir di Semarang', text: 'Hujan deras merendam ratusan rumah warga.' },
      'Ganjar Pranowo',
    ),
    saved(
      2,
      { title: 'Harga beras naik', text: 'Pedagang di pasar mengeluhkan harga yang terus naik.' },
      'Joko Widodo',
    ),
    saved(
      3,
      { title: 'Café in São Paulo', text: 'The barista opened a new café downtown.' },
      'José Álvarez',
    ),
  ];
  const search = LibrarySearch.build(records);
  const ids = (q: string) => search.search(q).map((h) => h.id);

  it('finds a person from the facts, also with a typo or a prefix', () => {
    expect(ids('Widodo')).toEqual(['id-2']);
    expect(ids('Widdodo')).toEqual(['id-2']);
    expect(ids('Pranow')).toEqual(['id-1']);
    expect(ids('jose')).toEqual(['id-3']);
  });

  it('searches title and text, needs every word, and ignores accents and case', () => {
    expect(ids('sao paulo')).toEqual(['id-3']);
    expect(ids('harga pasar')).toEqual(['id-2']);
    expect(ids('pedagang semarang')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('is kept up to date one record at a time and survives serialisation', () => {
    const copy = LibrarySearch.load(search.toJSON());
    copy.put({ ...records[1]!, title: 'Harga gula turun' });
    copy.remove('id-1');
    expect(copy.search('gula').map((h) => h.id)).toEqual(['id-2']);
    expect(copy.search('beras').map((h) => h.id)).toEqual([]);
    expect(copy.search('semarang')).toEqual([]);
    expect(copy.size).toBe(2);
    expect(search.search('semarang').map((h) => h.id)).toEqual(['id-1']);
  });
});

describe('exports', () => {
  const hostile = saved(1, {
    title: 'Judul <b>&</b> "kutipan"',
    html: '<h2>Sub</h2><p>Hello <strong>bold</strong> and <a href="https://x.test/a b">link</a>.<script>alert(1)</script></p><ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote><p>1. not a list</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2|3</td></tr></table><img src="javascript:alert(1)" alt="x"><img src="https://x.test/p.jpg" alt="pic" onerror="alert(1)">',
  });

  it('converts sanitised HTML to Markdown', () => {
    expect(htmlToMarkdown(hostile.html, win)).toBe(
      [
        '## Sub',
        'Hello **bold** and [link](<https://x.test/a%20b>).',
        '- one\n- two',
        '> quoted',
        '1\\. not a list',
        '| a | b |\n| --- | --- |\n| 1 | 2\\|3 |',
        '![pic](<https://x.test/p.jpg>)',
      ].join('\n\n'),
    );
  });

  it('writes the facts as YAML front matter', () => {
    const md = articleToMarkdown(saved(4), win);
    expect(md.startsWith('---\ntitle: "Jembatan baru nomor 4 diresmikan"\n')).toBe(true);
    expect(md).toContain('people:\n  - { name: "Siti Rahma 4", role: null }');
    expect(md).toContain('numbers:\n  - { text: "Rp 12 miliar", value: 12000000000, unit: "IDR" }');
    expect(md).toContain('\n---\n\n# Jembatan baru nomor 4 diresmikan\n');
  });

  it('single HTML file: sanitised bodies, escaped text, no script', () => {
    const html = libraryToHtml([hostile, saved(2)], win, { now: new Date(0) });
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<h2>Judul &#60;b&#62;&#38;&#60;/b&#62; &#34;kutipan&#34;</h2>');
    expect(html).toContain('<dt>People</dt><dd>Siti Rahma 2</dd>');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('article').length).toBe(2);
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

  it('JSON export is read back by the importer unchanged', () => {
    const records = [saved(1), saved(2, { read: true, tags: ['a'] })];
    const parsed = parseLibraryFile(exportLibraryJson(records, new Date(0)), {
      sanitize: (h) => sanitizeHtml(h, win),
      newId: () => 'new',
    });
    expect(parsed.ok && parsed.records.map((r) => r.record)).toEqual(
      records.map((r) => ({ ...r, html: sanitizeHtml(r.html, win) })),
    );
  });
});
