// Export files of the library: each format's builder, type and file name, and the download.
import { libraryEpub, markdownZip } from '../core/collection/archives';
import { libraryToHtml, type ExportLabels } from '../core/collection/html-export';
import { libraryZip } from '../core/collection/library-zip';
import { keptImages } from '../core/collection/article-images';
import type { StoredImage } from '../core/schema/images';
import { FACT_KINDS, type FactListName } from '../core/facts/fact-kinds';
import type { SavedArticle } from '../core/schema/saved-article';
import type { Translate } from '../contracts/i18n';
import type { ExportFormat } from './library-page';

function exportLabels(t: Translate): ExportLabels {
  const headings = Object.fromEntries(FACT_KINDS.map((spec) => [spec.list, t(spec.labelKey)]));
  return {
    ...(headings as Record<FactListName, string>),
    library: t('library_title'),
    contents: t('library_exportContents'),
    summary: t('factsSummary'),
    source: t('library_exportSource'),
    published: t('library_exportPublished'),
    saved: t('library_exportSaved'),
    tags: t('library_tags'),
    highlights: t('library_highlightsTitle'),
  };
}

export function download(data: string | Uint8Array, type: string, name: string): void {
  // fflate returns bytes over a plain ArrayBuffer.
  const part = typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface ExportContext {
  labels: ExportLabels;
  lang: string;
  now: Date;
  /** The images kept with the records (issue 16). */
  images: StoredImage[];
}

/** One entry per format: what the file holds, its type and its name (before the date stamp). */
const EXPORTS: Record<
  ExportFormat,
  {
    type: string;
    name: (stamp: string) => string;
    build: (records: SavedArticle[], context: ExportContext) => string | Uint8Array;
  }
> = {
  // The JSON export as a zip: library.json beside the images (core/collection/library-zip.ts).
  json: {
    type: 'application/zip',
    name: (stamp) => `ringkas-library-${stamp}.zip`,
    build: (records, { now, images }) => libraryZip(records, images, now),
  },
  markdown: {
    type: 'application/zip',
    name: (stamp) => `ringkas-markdown-${stamp}.zip`,
    build: (records, { now }) => markdownZip(records, window, now),
  },
  html: {
    type: 'text/html',
    name: (stamp) => `ringkas-library-${stamp}.html`,
    build: (records, { labels, lang, now, images }) =>
      libraryToHtml(records, window, { labels, lang, now, images: keptImages(images) }),
  },
  epub: {
    type: 'application/epub+zip',
    name: (stamp) => `ringkas-library-${stamp}.epub`,
    build: (records, { labels, lang, now, images }) =>
      libraryEpub(records, window, {
        labels,
        lang,
        now,
        id: `urn:uuid:${crypto.randomUUID()}`,
        images: keptImages(images),
      }),
  },
};

/** Builds the export file of these records in this format and downloads it. */
export function downloadExport(
  format: ExportFormat,
  records: SavedArticle[],
  t: Translate,
  lang: string,
  images: StoredImage[] = [],
): void {
  const now = new Date();
  const stamp = now.toISOString().slice(0, 10);
  const entry = EXPORTS[format];
  download(
    entry.build(records, { labels: exportLabels(t), lang, now, images }),
    entry.type,
    entry.name(stamp),
  );
}
