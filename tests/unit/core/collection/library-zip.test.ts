// The library zip (issue 16): records and images out, the same records and bytes back in; the
// EPUB and the HTML file carry the images too. A damaged file is refused with a reason.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import type { SavedArticle } from '../../../../src/core/schema/saved-article';
import type { StoredImage } from '../../../../src/core/schema/images';
import { checkLibraryZip, isZip, libraryZip } from '../../../../src/core/collection/library-zip';
import { exportLibraryJson } from '../../../../src/core/collection/library-json';
import { keptImages } from '../../../../src/core/collection/article-images';
import { libraryEpub } from '../../../../src/core/collection/archives';
import { libraryToHtml } from '../../../../src/core/collection/html-export';
import { sampleArticle } from './sample-article';
import { JPEG, png } from './images-fixture';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const now = new Date('2026-12-01T00:00:00Z');
let n = 0;
const newId = () => `new-${++n}`;

const A = 'https://cdn.example.org/a.png';
const B = 'https://cdn.example.org/b.jpg';
function saved(i: number): SavedArticle {
  const html = `<p>Teks ${i}.</p><img src="${A}" srcset="${A} 1x" alt="a"><img src="${B}" alt="b"><img src="https://cdn.example.org/gone.png" alt="gone">`;
  return makeSavedArticle(sampleArticle(i, { html }), `id-${i}`, 1_000 * i);
}
const records = [saved(1), saved(2)];
const images: StoredImage[] = [
  { id: 'id-1', url: A, type: 'image/png', bytes: png(3, 2, 10) },
  { id: 'id-1', url: B, type: 'image/jpeg', bytes: JPEG },
  { id: 'id-2', url: A, type: 'image/png', bytes: png(3, 2, 200) },
  // Of an article not exported: left out.
  { id: 'id-9', url: A, type: 'image/png', bytes: png(1, 1) },
];

describe('library zip', () => {
  it('holds library.json exactly as the JSON export, and each image once', () => {
    const zip = libraryZip(records, images, now);
    expect(isZip(zip)).toBe(true);
    const files = unzipSync(zip);
    expect(strFromU8(files['library.json']!)).toBe(exportLibraryJson(records, now));
    const list = JSON.parse(strFromU8(files['images.json']!)) as { images: unknown[] };
    expect(list.images).toHaveLength(3);
    expect(Object.keys(files).filter((f) => f.startsWith('images/'))).toHaveLength(3);
  });

  it('reads back every record and every image, byte for byte', () => {
    const parsed = checkLibraryZip(libraryZip(records, images, now), { newId });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.records.map((r) => r.record)).toEqual(records);
    expect(parsed.imagesSkipped).toBe(0);
    expect(
      parsed.images?.map((i) => ({ id: i.article, url: i.url, type: i.type, bytes: i.bytes })),
    ).toEqual(images.slice(0, 3));
  });

  it('refuses a damaged zip, or one without a library, with a reason', () => {
    const zip = libraryZip(records, images, now);
    const cut = checkLibraryZip(zip.subarray(0, zip.length - 40), { newId });
    expect(cut).toEqual({ ok: false, reason: expect.stringMatching(/not a valid zip/) });
    const other = checkLibraryZip(zipSync({ 'notes.txt': strToU8('hello') }), { newId });
    expect(other).toEqual({ ok: false, reason: expect.stringMatching(/library\.json is missing/) });
    const badList = checkLibraryZip(
      zipSync({
        'library.json': strToU8(exportLibraryJson(records, now)),
        'images.json': strToU8('{"format":"ringkas-images",'),
      }),
      { newId },
    );
    expect(badList).toEqual({ ok: false, reason: expect.stringMatching(/images\.json/) });
  });

  it('leaves out images that do not belong or are not what they say', () => {
    const list = {
      format: 'ringkas-images',
      version: 1,
      images: [
        { article: 'id-1', url: A, type: 'image/png', file: 'images/1.png' },
        // Says PNG, holds text.
        { article: 'id-1', url: B, type: 'image/png', file: 'images/2.png' },
        // An article the file does not hold.
        { article: 'id-7', url: A, type: 'image/png', file: 'images/1.png' },
        // A file the zip does not hold, and a path outside images/.
        { article: 'id-2', url: A, type: 'image/png', file: 'images/9.png' },
        { article: 'id-2', url: B, type: 'image/png', file: '../library.json' },
      ],
    };
    const parsed = checkLibraryZip(
      zipSync({
        'library.json': strToU8(exportLibraryJson(records, now)),
        'images.json': strToU8(JSON.stringify(list)),
        'images/1.png': png(2, 2),
        'images/2.png': strToU8('<script>alert(1)</script>'),
      }),
      { newId },
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.images?.map((i) => [i.article, i.url])).toEqual([['id-1', A]]);
    expect(parsed.imagesSkipped).toBe(4);
  });

  it('EPUB: kept images are files of the book, in its manifest; the others keep their alt text', () => {
    const files = unzipSync(
      libraryEpub(records, win, { now, id: 'urn:uuid:t', images: keptImages(images) }),
    );
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect(opf).toContain('href="images/i1.png" media-type="image/png"');
    expect(opf).toContain('href="images/i2.jpg" media-type="image/jpeg"');
    expect(opf).toContain('href="images/i3.png" media-type="image/png"');
    expect(files['OEBPS/images/i2.jpg']).toEqual(JPEG);
    const chapter = strFromU8(files['OEBPS/a1.xhtml']!);
    const doc = new win.DOMParser().parseFromString(chapter, 'application/xhtml+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const srcs = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual(['images/i1.png', 'images/i2.jpg']);
    expect(chapter).not.toMatch(/srcset|cdn\.example\.org|data-ringkas/);
    expect(doc.body.textContent).toContain('gone');
  });

  it('HTML file: kept images inline as data: URLs, the others as links', () => {
    const html = libraryToHtml(records, win, { now, images: keptImages(images) });
    const doc = new JSDOM(html).window.document;
    const first = doc.querySelectorAll('article')[0]!;
    const srcs = [...first.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    expect(srcs[0]).toBe(
      `data:image/png;base64,${Buffer.from(images[0]!.bytes).toString('base64')}`,
    );
    expect(srcs[1]).toMatch(/^data:image\/jpeg;base64,/);
    expect(srcs[2]).toBe('https://cdn.example.org/gone.png');
    expect(first.querySelector('img[srcset]')).toBeNull();
    expect(html).not.toMatch(/<script/i);
  });
});
