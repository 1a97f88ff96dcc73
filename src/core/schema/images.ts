// The images the library keeps beside a saved article (issue 16): their limits, their types and
// the shape of one stored image, and the images list a library zip carries (images.json). Kept
// apart from the record's own schema: a record is the same with or without its images.
import * as v from 'valibot';
import { RECORD_LIMITS } from './limits';

export const IMAGE_LIMITS = {
  /** Bytes of one image; a larger one is scaled down to fit, or left as a link. */
  perImage: 2 * 1024 * 1024,
  /** Bytes of all the images of one article. */
  perArticle: 20 * 1024 * 1024,
  /** Images of one article (the lead image among them). */
  perArticleCount: 200,
  /** The longer side of an image that had to be scaled down, in pixels. */
  scaledSide: 2048,
} as const;

/** Raster types only: the ones an article's data: URL may hold too (core/sanitize.ts). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'];

export const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/** One image of a saved article: the bytes the article's `src` URL gave when it was saved. */
export interface StoredImage {
  /** The saved article's id. */
  id: string;
  /** The image's address as the article's sanitised HTML has it (or the lead image's). */
  url: string;
  type: string;
  bytes: Uint8Array;
}

/** The type the bytes themselves say (their signature), or null for anything else. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const at = (i: number) => bytes[i] ?? -1;
  const ascii = (from: number, text: string) =>
    [...text].every((c, i) => at(from + i) === c.charCodeAt(0));
  if (at(0) === 0x89 && ascii(1, 'PNG')) return 'image/png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (ascii(0, 'GIF8')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypavis')) return 'image/avif';
  return null;
}

export const IMAGES_FORMAT = 'ringkas-images';
export const IMAGES_FORMAT_VERSION = 1;

/** One line of images.json: which article and address an image file of the zip belongs to. */
export const ImageEntrySchema = v.object({
  /** The id of the article in the zip's library.json. */
  article: v.pipe(v.string(), v.minLength(1), v.maxLength(RECORD_LIMITS.id)),
  url: v.pipe(v.string(), v.minLength(1), v.maxLength(RECORD_LIMITS.url)),
  type: v.picklist(IMAGE_TYPES),
  /** The file's path inside the zip. */
  file: v.pipe(v.string(), v.regex(/^images\/[\w.-]{1,100}$/)),
});

export const ImagesFileSchema = v.object({
  format: v.literal(IMAGES_FORMAT, 'not a Ringkas images list'),
  version: v.pipe(v.number(), v.integer()),
  images: v.array(v.unknown()),
});

export type ImageEntry = v.InferOutput<typeof ImageEntrySchema>;
