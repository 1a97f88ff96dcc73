// Fetches the images of a saved article to keep them on the device (issue 16). Runs where the
// extension has host access (the background): a site's images need it, asked once, in a click
// (askImageAccess), and declared optional in the manifest. Each image is held to
// IMAGE_LIMITS: a larger one is scaled down (createImageBitmap and OffscreenCanvas, where the
// context has them) or left as a link; what does not fit in the article's total stays a link.
import type { Browser } from 'webextension-polyfill';
import { IMAGE_LIMITS, sniffImageType, type StoredImage } from '../core/schema/images';

/** What the permission request asks for: images come from any site, not only the article's. */
export const IMAGE_ORIGINS = ['https://*/*', 'http://*/*'];

/** Past this size an image is not even downloaded (a scaled copy would be a waste of it). */
const MAX_DOWNLOAD_BYTES = 40 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

/** A smaller copy of an image under `maxBytes`, or null when the context cannot make one. */
export type Shrink = (blob: Blob, maxBytes: number) => Promise<Blob | null>;

export interface KeepOptions {
  fetch?: typeof fetch;
  shrink?: Shrink;
  limits?: typeof IMAGE_LIMITS;
}

export interface FetchedImages {
  images: StoredImage[];
  /** Addresses left as links: unreachable, not an image, too large or past the article's total. */
  failed: string[];
}

/** Scales an image down until it fits: the longer side to scaledSide, then smaller still. */
export const shrinkImage: Shrink = async (blob, maxBytes) => {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return null;
  }
  try {
    let scale = Math.min(1, IMAGE_LIMITS.scaledSide / Math.max(bitmap.width, bitmap.height, 1));
    for (let attempt = 0; attempt < 6; attempt++, scale *= 0.7) {
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) return null;
      context.drawImage(bitmap, 0, 0, width, height);
      // WebP keeps transparency; a context that cannot write it gives PNG, then JPEG is tried.
      for (const type of ['image/webp', 'image/jpeg']) {
        const out = await canvas.convertToBlob({ type, quality: 0.85 });
        if (out.size <= maxBytes && out.type === type) return out;
      }
    }
    return null;
  } finally {
    bitmap.close();
  }
};

async function fetchOne(url: string, fetcher: typeof fetch): Promise<Blob | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetcher(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (!response.ok) return null;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_DOWNLOAD_BYTES) return null;
    const blob = await response.blob();
    return blob.size > MAX_DOWNLOAD_BYTES ? null : blob;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The images of article `id` at these addresses, in order, until the article's total is used. */
export async function fetchImages(
  id: string,
  urls: readonly string[],
  options: KeepOptions = {},
): Promise<FetchedImages> {
  const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  const shrink = options.shrink ?? shrinkImage;
  const limits = options.limits ?? IMAGE_LIMITS;
  const images: StoredImage[] = [];
  const failed: string[] = [];
  let total = 0;
  for (const url of urls.slice(0, limits.perArticleCount)) {
    const room = Math.min(limits.perImage, limits.perArticle - total);
    let blob = room > 0 ? await fetchOne(url, fetcher) : null;
    if (blob && blob.size > room) blob = await shrink(blob, room).catch(() => null);
    const bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : null;
    // The bytes, not the server's header, say what the file is: raster images only.
    const type = bytes && bytes.length <= room ? sniffImageType(bytes) : null;
    if (!bytes || !type) {
      failed.push(url);
      continue;
    }
    images.push({ id, url, type, bytes });
    total += bytes.length;
  }
  return { images, failed };
}

/** Whether Ringkas may fetch images from the sites of these addresses. */
export async function hasImageAccess(
  urls: readonly string[],
  browser: Pick<Browser, 'permissions'>,
): Promise<boolean> {
  const origins = [
    ...new Set(
      urls.flatMap((url) => {
        try {
          return [`${new URL(url).origin}/*`];
        } catch {
          return [];
        }
      }),
    ),
  ];
  if (!origins.length) return true;
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/**
 * Asks for host access to keep images. Call it straight from a click handler, before any await:
 * browsers accept a permission request only inside a person's gesture.
 */
export function askImageAccess(browser: Pick<Browser, 'permissions'>): Promise<boolean> {
  return browser.permissions.request({ origins: IMAGE_ORIGINS }).catch(() => false);
}
