// The library zip (issue 16): the JSON export as a zip, `library.json` (exactly the plain JSON
// export) beside `images.json` (which article and address each image file belongs to) and the
// image files under `images/`. Import reads it back, images included; a plain JSON file still
// imports as before (library-json.ts).
import * as v from 'valibot';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describeIssues } from '../schema/describe-issues';
import {
  IMAGE_EXTENSIONS,
  IMAGE_LIMITS,
  IMAGES_FORMAT,
  IMAGES_FORMAT_VERSION,
  ImageEntrySchema,
  ImagesFileSchema,
  sniffImageType,
  type ImageEntry,
  type StoredImage,
} from '../schema/images';
import { IMPORT_LIMITS } from '../schema/library-file';
import type { SavedArticle } from '../schema/saved-article';
import {
  checkLibraryFile,
  exportLibraryJson,
  type ParseOptions,
  type ParsedImport,
} from './library-json';

/** An image of an import file, by the file's id of its article. */
export interface ImportedImage {
  article: string;
  url: string;
  type: string;
  bytes: Uint8Array;
}

export const LIBRARY_ENTRY = 'library.json';
export const IMAGES_ENTRY = 'images.json';

/** The library zip of these records and their images (images of other records are left out). */
export function libraryZip(
  records: readonly SavedArticle[],
  images: readonly StoredImage[],
  now: Date,
): Uint8Array {
  // Zip times cannot be before 1980.
  const mtime = now.getFullYear() < 1980 ? new Date(1980, 0, 1) : now;
  const ids = new Set(records.map((r) => r.id));
  const entries: ImageEntry[] = [];
  const files: Zippable = {
    [LIBRARY_ENTRY]: [strToU8(exportLibraryJson(records, now)), { mtime, level: 6 }],
  };
  for (const image of images) {
    if (!ids.has(image.id)) continue;
    const file = `images/${entries.length + 1}.${IMAGE_EXTENSIONS[image.type] ?? 'bin'}`;
    entries.push({ article: image.id, url: image.url, type: image.type, file });
    // Images are compressed already: stored as they are.
    files[file] = [image.bytes, { mtime, level: 0 }];
  }
  const list = { format: IMAGES_FORMAT, version: IMAGES_FORMAT_VERSION, images: entries };
  files[IMAGES_ENTRY] = [strToU8(JSON.stringify(list)), { mtime, level: 6 }];
  return zipSync(files);
}

/** Whether these bytes start a zip archive (a local file header, or an empty archive's end). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    bytes[3] === bytes[2] + 1
  );
}

/** What one image entry is worth: the image, or why it is left out. */
function readImage(
  raw: unknown,
  files: Record<string, Uint8Array>,
  articles: ReadonlySet<string>,
): ImportedImage | null {
  const entry = v.safeParse(ImageEntrySchema, raw);
  if (!entry.success || !articles.has(entry.output.article)) return null;
  const bytes = files[entry.output.file];
  if (!bytes || bytes.length > IMAGE_LIMITS.perImage) return null;
  // The bytes decide the type, and must be the one the list says.
  if (sniffImageType(bytes) !== entry.output.type) return null;
  return { article: entry.output.article, url: entry.output.url, type: entry.output.type, bytes };
}

/**
 * Checks a library zip (without sanitising, like checkLibraryFile: the page does that): its
 * articles as a plain JSON file's, and each of its images. A damaged zip, or one without a
 * library, is refused as a whole; an image that does not belong (an unknown article, a file
 * that is missing, too large or not the image it says) is left out and counted.
 */
export function checkLibraryZip(
  bytes: Uint8Array,
  options: Omit<ParseOptions, 'sanitize'>,
): ParsedImport {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) =>
        (file.name === LIBRARY_ENTRY && file.originalSize <= IMPORT_LIMITS.maxChars) ||
        (file.name === IMAGES_ENTRY && file.originalSize <= 64 * 1024 * 1024) ||
        (file.name.startsWith('images/') && file.originalSize <= IMAGE_LIMITS.perImage),
    });
  } catch {
    return {
      ok: false,
      reason: 'The file is not a valid zip archive: it may be damaged or cut short.',
    };
  }
  const library = files[LIBRARY_ENTRY];
  if (!library)
    return {
      ok: false,
      reason: `The zip file holds no Ringkas library (${LIBRARY_ENTRY} is missing).`,
    };
  let text: string;
  try {
    text = strFromU8(library);
  } catch {
    return { ok: false, reason: `${LIBRARY_ENTRY} in the zip file is not text.` };
  }
  const parsed = checkLibraryFile(text, options);
  const listBytes = files[IMAGES_ENTRY];
  if (!parsed.ok || !listBytes) return parsed;
  let list: unknown;
  try {
    list = JSON.parse(strFromU8(listBytes));
  } catch {
    return { ok: false, reason: `The zip's list of images (${IMAGES_ENTRY}) is not valid JSON.` };
  }
  const envelope = v.safeParse(ImagesFileSchema, list);
  if (!envelope.success)
    return {
      ok: false,
      reason: `The zip's list of images (${IMAGES_ENTRY}) is not valid: ${describeIssues(envelope.issues)}.`,
    };
  if (envelope.output.version > IMAGES_FORMAT_VERSION)
    return {
      ok: false,
      reason: `The file was made by a newer Ringkas (images format ${envelope.output.version}); update Ringkas first.`,
    };
  const articles = new Set(parsed.records.map(({ record }) => record.id));
  const images: ImportedImage[] = [];
  let skipped = 0;
  for (const raw of envelope.output.images) {
    const image = readImage(raw, files, articles);
    if (image) images.push(image);
    else skipped++;
  }
  return { ...parsed, images, imagesSkipped: skipped };
}
