// Zip-based exports: Markdown (one file per article, in a zip) and EPUB 3 (one chapter per
// article). fflate writes the zip; article HTML passes through core/sanitize first.
import type { WindowLike } from 'dompurify';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { highlightsHtml, markedBody } from './highlight-export';
import {
  articleMetaHtml,
  ENGLISH_LABELS,
  escapeHtml,
  factsCardHtml,
  type ExportLabels,
} from './html-export';
import { articleToMarkdown, fileSlug } from './markdown';
import type { SavedArticle } from '../schema/saved-article';
import { xmlSafe } from './xml-text';
import { NO_KEPT_IMAGES, pointAtKeptImages, type KeptImages } from './article-images';
import { IMAGE_EXTENSIONS, type StoredImage } from '../schema/images';

/** Names the zip will hold: a slug of the title, made unique with a number. */
function uniqueNames(records: readonly SavedArticle[], ext: string): string[] {
  const used = new Set<string>();
  return records.map((record, i) => {
    const base = fileSlug(record.title, `article-${i + 1}`);
    let name = `${base}.${ext}`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.${ext}`;
    used.add(name);
    return name;
  });
}

export function markdownZip(
  records: readonly SavedArticle[],
  win: WindowLike,
  now: Date,
): Uint8Array {
  const names = uniqueNames(records, 'md');
  // Zip times cannot be before 1980.
  const mtime = now.getFullYear() < 1980 ? new Date(1980, 0, 1) : now;
  const files: Zippable = {};
  records.forEach((record, i) => {
    files[`ringkas/${names[i]}`] = [strToU8(articleToMarkdown(record, win)), { mtime }];
  });
  return zipSync(files, { level: 6 });
}

/** An XML file's bytes, without the characters XML 1.0 forbids. */
const xmlFile = (text: string): Uint8Array => strToU8(xmlSafe(text));

export interface XhtmlWindow extends WindowLike {
  document: Document;
  XMLSerializer: typeof XMLSerializer;
}

/**
 * Sanitised article HTML as XHTML, highlights marked, with its kept images as files of the book (`file` names
 * each one) and without the others (an EPUB may not load remote images): their alt text stays.
 */
function articleXhtml(
  record: SavedArticle,
  win: XhtmlWindow,
  kept: (url: string) => string | undefined,
): string {
  const holder = markedBody(record, win);
  const placed = new Set<Element>();
  pointAtKeptImages(holder, kept);
  for (const img of Array.from(holder.querySelectorAll('img')))
    if (img.getAttribute('data-ringkas-kept') !== null) placed.add(img);
  const isKept = (el: Element) => placed.has(el);
  for (const media of Array.from(holder.querySelectorAll('img, picture, source'))) {
    if (isKept(media) || Array.from(media.querySelectorAll('img')).some(isKept)) continue;
    const alt = media.getAttribute('alt');
    if (alt) media.replaceWith(win.document.createTextNode(alt));
    else media.remove();
  }
  for (const el of Array.from(
    holder.querySelectorAll('[loading], [referrerpolicy], [data-ringkas-kept]'),
  )) {
    el.removeAttribute('data-ringkas-kept');
    el.removeAttribute('loading');
    el.removeAttribute('referrerpolicy');
  }
  holder.setAttribute('class', 'body');
  return new win.XMLSerializer().serializeToString(holder);
}

const EPUB_CSS = `body{font-family:serif;line-height:1.5}.meta{font-size:.85em;color:#555}
.facts{font-size:.9em;background:#f3f1ec;padding:.3em .8em}.facts dt{font-weight:bold}.facts dd{margin:0 0 .3em}
mark{background:#fff3a3}.highlights .note{font-style:italic}`;

function xhtmlPage(title: string, lang: string, body: string): string {
  const l = escapeHtml(lang);
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${l}" xml:lang="${l}">
<head><meta charset="utf-8"/><title>${escapeHtml(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
${body}
</body>
</html>
`;
}

/** An EPUB 3 book of the articles, one chapter each, with its facts card. */
export function libraryEpub(
  records: readonly SavedArticle[],
  win: XhtmlWindow,
  options: { labels?: ExportLabels; lang?: string; now: Date; id: string; images?: KeptImages },
): Uint8Array {
  const images = options.images ?? NO_KEPT_IMAGES;
  /** The book's image files, once each: path -> media type. */
  const bookImages = new Map<StoredImage, string>();
  const imageFile = (image: StoredImage): string => {
    let path = bookImages.get(image);
    if (!path) {
      path = `images/i${bookImages.size + 1}.${IMAGE_EXTENSIONS[image.type] ?? 'bin'}`;
      bookImages.set(image, path);
    }
    return path;
  };
  const labels = options.labels ?? ENGLISH_LABELS;
  const lang = options.lang ?? 'en';
  const modified = options.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const chapters = records.map((r, i) => ({ file: `a${i + 1}.xhtml`, id: `a${i + 1}`, record: r }));
  const files: Zippable = {
    // The mimetype comes first and is stored, not compressed (EPUB OCF rule).
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': xmlFile(`<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`),
    'OEBPS/style.css': strToU8(EPUB_CSS),
    'OEBPS/nav.xhtml': xmlFile(
      xhtmlPage(
        labels.contents,
        lang,
        `<nav epub:type="toc" id="toc"><h1>${escapeHtml(labels.contents)}</h1><ol>${chapters
          .map((c) => `<li><a href="${c.file}">${escapeHtml(c.record.title || c.id)}</a></li>`)
          .join('')}</ol></nav>`,
      ),
    ),
  };
  for (const { file, record } of chapters) {
    const body = `<article><h1>${escapeHtml(record.title)}</h1>
${articleMetaHtml(record, labels, lang)}
${factsCardHtml(record, labels)}
${articleXhtml(record, win, (url) => {
  const image = images(record.id, url);
  return image && imageFile(image);
})}
${highlightsHtml(record, labels.highlights)}</article>`;
    files[`OEBPS/${file}`] = xmlFile(xhtmlPage(record.title, record.lang || lang, body));
  }
  for (const [image, path] of bookImages) files[`OEBPS/${path}`] = [image.bytes, { level: 0 }];
  files['OEBPS/content.opf'] = xmlFile(`<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeHtml(lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${escapeHtml(options.id)}</dc:identifier>
<dc:title>${escapeHtml(labels.library)}</dc:title>
<dc:language>${escapeHtml(lang)}</dc:language>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="style.css" media-type="text/css"/>
${chapters.map((c) => `<item id="${c.id}" href="${c.file}" media-type="application/xhtml+xml"/>`).join('\n')}
${[...bookImages].map(([image, path], i) => `<item id="img${i + 1}" href="${path}" media-type="${escapeHtml(image.type)}"/>`).join('\n')}
</manifest>
<spine>
${chapters.map((c) => `<itemref idref="${c.id}"/>`).join('\n')}
</spine>
</package>
`);
  return zipSync(files, { level: 6 });
}
