import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  articleImageUrls,
  dataUrl,
  keptImages,
  pointAtKeptImages,
} from '../../../../src/core/collection/article-images';
import { sanitizeToFragment } from '../../../../src/core/sanitize';
import { sniffImageType } from '../../../../src/core/schema/images';
import { JPEG, png } from './images-fixture';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const body = (html: string) => {
  const holder = win.document.createElement('div');
  holder.append(sanitizeToFragment(html, win));
  return holder;
};

const ARTICLE = `<p>Text</p>
<figure><picture><source srcset="https://cdn.example.org/a.webp 1x" type="image/webp">
<img src="https://cdn.example.org/a.jpg" srcset="https://cdn.example.org/a-2x.jpg 2x" sizes="100vw" alt="A"></picture></figure>
<img src="https://news.example.id/b.png" alt="B"><img src="https://cdn.example.org/a.jpg" alt="A again">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">`;

describe('article images', () => {
  it('lists the web images an article shows, once each, the lead image last', () => {
    expect(articleImageUrls(body(ARTICLE), 'https://news.example.id/lead.jpg')).toEqual([
      'https://cdn.example.org/a.jpg',
      'https://news.example.id/b.png',
      'https://news.example.id/lead.jpg',
    ]);
    expect(articleImageUrls(body(ARTICLE), 'https://news.example.id/b.png')).toHaveLength(2);
  });

  it('points kept images at their copies and leaves the browser nothing else to fetch', () => {
    const root = body(ARTICLE);
    const result = pointAtKeptImages(root, (url) =>
      url === 'https://cdn.example.org/a.jpg' ? 'blob:kept-a' : undefined,
    );
    expect(result).toEqual({ kept: 2, remote: 1 });
    const kept = root.querySelector('img[alt="A"]');
    expect(kept?.getAttribute('src')).toBe('blob:kept-a');
    expect(kept?.hasAttribute('srcset')).toBe(false);
    expect(kept?.hasAttribute('sizes')).toBe(false);
    expect(root.querySelector('source')).toBeNull();
    expect(root.querySelector('img[alt="B"]')?.getAttribute('src')).toBe(
      'https://news.example.id/b.png',
    );
  });

  it('never takes a data attribute of the page for its own mark', () => {
    const root = body('<img src="https://x.example/a.png" data-ringkas-kept="">');
    expect(root.querySelector('[data-ringkas-kept]')).toBeNull();
  });

  it('finds a kept image by article and address, and writes data: URLs of its bytes', () => {
    const bytes = png(2, 2);
    const lookup = keptImages([
      { id: 'a1', url: 'https://x.example/p.png', type: 'image/png', bytes },
    ]);
    expect(lookup('a1', 'https://x.example/p.png')?.bytes).toBe(bytes);
    expect(lookup('a2', 'https://x.example/p.png')).toBeUndefined();
    const url = dataUrl('image/png', bytes);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64')).toEqual(Buffer.from(bytes));
  });

  it('tells image types by their bytes', () => {
    expect(sniffImageType(png(1, 1))).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a...'))).toBe('image/gif');
    expect(
      sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">')),
    ).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});
