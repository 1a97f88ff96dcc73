// Fetching an article's images to keep (issue 16): raster images only, each under its cap
// (scaled down by the shrink step when larger), all under the article's total; whatever cannot
// be kept stays a link and is named.
import { describe, expect, it } from 'vitest';
import { fetchImages, type Shrink } from '../../../src/platform/keep-images';
import { IMAGE_LIMITS } from '../../../src/core/schema/images';
import { JPEG, png } from '../core/collection/images-fixture';

const limits = { ...IMAGE_LIMITS, perImage: 1000, perArticle: 2500 };

/** A server of these files; anything else is a 404, and every request is logged. */
function server(files: Record<string, Uint8Array | string>, log: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    log.push(`${url} ${init?.credentials}`);
    const body = files[url];
    if (url.includes('offline')) throw new TypeError('Failed to fetch');
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]));
  }) as typeof fetch;
}

/** Padding a PNG's bytes keeps its signature and makes it as large as needed. */
const big = (size: number, shade = 0) => {
  const bytes = new Uint8Array(size);
  bytes.set(png(2, 2, shade));
  return bytes;
};

describe('fetchImages', () => {
  it('keeps raster images as their bytes, without credentials, and names what failed', async () => {
    const log: string[] = [];
    const fetcher = server(
      {
        'https://x.example/a.png': png(4, 4),
        'https://x.example/b.jpg': JPEG,
        'https://x.example/page.html': '<html>',
      },
      log,
    );
    const urls = [
      'https://x.example/a.png',
      'https://x.example/b.jpg',
      'https://x.example/page.html',
      'https://x.example/missing.png',
      'https://offline.example/c.png',
    ];
    const result = await fetchImages('r1', urls, { fetch: fetcher, limits });
    expect(result.images.map((i) => [i.id, i.url, i.type])).toEqual([
      ['r1', 'https://x.example/a.png', 'image/png'],
      ['r1', 'https://x.example/b.jpg', 'image/jpeg'],
    ]);
    expect(result.images[0]?.bytes).toEqual(png(4, 4));
    expect(result.failed).toEqual(urls.slice(2));
    expect(log.every((line) => line.endsWith(' omit'))).toBe(true);
  });

  it('scales down an image over its cap, and leaves it a link when it cannot be', async () => {
    const fetcher = server({ 'https://x.example/huge.png': big(5000) });
    const asked: number[] = [];
    const shrink: Shrink = async (_blob, maxBytes) => {
      asked.push(maxBytes);
      return new Blob([JPEG as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });
    };
    const scaled = await fetchImages('r1', ['https://x.example/huge.png'], {
      fetch: fetcher,
      shrink,
      limits,
    });
    expect(asked).toEqual([1000]);
    expect(scaled.images.map((i) => [i.type, i.bytes])).toEqual([['image/jpeg', JPEG]]);

    const unable = await fetchImages('r1', ['https://x.example/huge.png'], {
      fetch: fetcher,
      shrink: async () => null,
      limits,
    });
    expect(unable).toEqual({ images: [], failed: ['https://x.example/huge.png'] });
  });

  it('stops at the article total: later images stay links', async () => {
    const files = Object.fromEntries(
      [1, 2, 3, 4].map((i) => [`https://x.example/${i}.png`, big(900, i)]),
    );
    const result = await fetchImages('r1', Object.keys(files), {
      fetch: server(files),
      shrink: async () => null,
      limits,
    });
    // 900 + 900 fit in 2500; the third would need 2700.
    expect(result.images).toHaveLength(2);
    expect(result.failed).toEqual(['https://x.example/3.png', 'https://x.example/4.png']);
  });
});
