// The images of a saved article (issue 16): which addresses its sanitised HTML shows, and the
// same HTML pointed at copies Ringkas keeps (data: URLs in the library and in the HTML
// export, files in the EPUB). The rewrite runs on nodes DOMPurify has already cleaned, and only
// ever puts in an address the caller made from stored bytes, never one from the page.
import { IMAGE_LIMITS, type StoredImage } from '../schema/images';

/** An address a stored image can come from: a web image, not an inline or local one. */
function webImage(src: string | null | undefined): string | null {
  if (!src) return null;
  return /^https?:\/\//i.test(src) && src.length <= 4096 ? src : null;
}

/**
 * The images an article shows, once each, in the order they appear; the lead image last (it is
 * kept when there is room after the article's own images).
 */
export function articleImageUrls(root: ParentNode, leadImage?: string | null): string[] {
  const urls: string[] = [];
  const add = (src: string | null | undefined) => {
    const url = webImage(src);
    if (url && !urls.includes(url) && urls.length < IMAGE_LIMITS.perArticleCount) urls.push(url);
  };
  for (const img of Array.from(root.querySelectorAll('img'))) add(img.getAttribute('src'));
  add(leadImage);
  return urls;
}

/**
 * Points the images of sanitised article nodes at their kept copies: `local(url)` gives the
 * address to use (or undefined to leave the image as it is). A replaced image loses its srcset,
 * sizes and lazy loading, and its <picture>'s other sources, so the browser has nothing else to
 * fetch. Returns how many images were replaced and how many still point at the web.
 */
export function pointAtKeptImages(
  root: ParentNode,
  local: (url: string) => string | undefined,
): { kept: number; remote: number } {
  let kept = 0;
  let remote = 0;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const url = webImage(img.getAttribute('src'));
    const address = url ? local(url) : undefined;
    if (!address) {
      if (url) remote++;
      continue;
    }
    img.setAttribute('src', address);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    img.removeAttribute('loading');
    // Marks what Ringkas put in (sanitised HTML never keeps data- attributes of its own).
    img.setAttribute('data-ringkas-kept', '');
    const picture = img.parentElement;
    if (picture?.nodeName.toLowerCase() === 'picture')
      for (const source of Array.from(picture.querySelectorAll('source'))) source.remove();
    kept++;
  }
  return { kept, remote };
}

/** Bytes as base64 (for data: URLs), in slices so a large image does not overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function dataUrl(type: string, bytes: Uint8Array): string {
  return `data:${type};base64,${toBase64(bytes)}`;
}

/** The kept image of an article's address, if there is one. */
export type KeptImages = (id: string, url: string) => StoredImage | undefined;

export function keptImages(images: readonly StoredImage[]): KeptImages {
  const byKey = new Map(images.map((image) => [`${image.id}\n${image.url}`, image]));
  return (id, url) => byKey.get(`${id}\n${url}`);
}

export const NO_KEPT_IMAGES: KeptImages = () => undefined;
