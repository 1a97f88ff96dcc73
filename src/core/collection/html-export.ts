// Single-file HTML export, and the facts card both the HTML and the EPUB exports show.
// Article HTML passes through core/sanitize; every other string is escaped text.
import type { WindowLike } from 'dompurify';
import { cardItems, cardText, FACT_KINDS, type FactListName } from '../facts/fact-kinds';
import { dataUrl, NO_KEPT_IMAGES, pointAtKeptImages, type KeptImages } from './article-images';
import { highlightsHtml, markedBody } from './highlight-export';
import type { SavedArticle } from '../schema/saved-article';
import { MAX_TIME } from '../time';

/** Words the exports write, given by the UI in the reader's language (a heading per fact list). */
export interface ExportLabels extends Record<FactListName, string> {
  library: string;
  contents: string;
  summary: string;
  source: string;
  published: string;
  saved: string;
  tags: string;
  /** Heading of an article's highlights (English when not given). */
  highlights?: string;
}

export const ENGLISH_LABELS: ExportLabels = {
  library: 'Ringkas library',
  contents: 'Contents',
  summary: 'Summary',
  people: 'People',
  places: 'Places',
  organizations: 'Organisations',
  dates: 'Dates',
  numbers: 'Numbers',
  quotes: 'Quotes',
  source: 'Source',
  published: 'Published',
  saved: 'Saved',
  tags: 'Tags',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function factList(label: string, items: string[]): string {
  if (!items.length) return '';
  return `<dt>${escapeHtml(label)}</dt><dd>${items.map(escapeHtml).join('; ')}</dd>`;
}

/** The facts card as markup (escaped text only); `void` closes empty elements for XHTML. */
export function factsCardHtml(record: SavedArticle, labels: ExportLabels): string {
  const { facts, summary } = record.digest;
  const summaryHtml = summary.length
    ? `<h3>${escapeHtml(labels.summary)}</h3><ul>${summary.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('')}</ul>`
    : '';
  const lists = FACT_KINDS.map(({ kind, list }) =>
    factList(labels[list], cardItems(facts, kind).map(cardText)),
  ).join('');
  if (!summaryHtml && !lists) return '';
  return `<aside class="facts">${summaryHtml}${lists ? `<dl>${lists}</dl>` : ''}</aside>`;
}

export function articleMetaHtml(
  record: SavedArticle,
  labels: ExportLabels,
  locale: string,
): string {
  const date = (ms: number): string => {
    if (!(Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME)) return '';
    try {
      return new Date(ms).toLocaleDateString(locale, {
        dateStyle: 'medium',
      } as Intl.DateTimeFormatOptions);
    } catch {
      return '';
    }
  };
  const published = record.publishedTime ? date(Date.parse(record.publishedTime)) : '';
  const saved = date(record.savedAt);
  const parts = [
    `${escapeHtml(labels.source)}: <a href="${escapeHtml(record.canonicalUrl || record.url)}">${escapeHtml(record.siteName ?? record.canonicalUrl)}</a>`,
    record.byline ? escapeHtml(record.byline) : '',
    published ? `${escapeHtml(labels.published)}: ${escapeHtml(published)}` : '',
    saved ? `${escapeHtml(labels.saved)}: ${escapeHtml(saved)}` : '',
    record.tags.length
      ? `${escapeHtml(labels.tags)}: ${record.tags.map(escapeHtml).join(', ')}`
      : '',
  ].filter(Boolean);
  return `<p class="meta">${parts.join(' · ')}</p>`;
}

const STYLE = `body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}
article{border-top:1px solid #ccc;margin-top:3rem;padding-top:1rem}img{max-width:100%;height:auto}
.meta{font:14px/1.4 system-ui,sans-serif;color:#555}.facts{font:15px/1.45 system-ui,sans-serif;background:#f5f3ee;padding:.5rem 1rem;border-radius:6px}
.facts dt{font-weight:600}.facts dd{margin:0 0 .4rem}
mark.highlight-yellow{background:#fff3a3}mark.highlight-green{background:#c8f0c0}mark.highlight-blue{background:#cfe3ff}mark.highlight-pink{background:#ffd1e6}
.highlights .note{font-style:italic;margin:.2rem 0 .8rem}`;

/** An article's sanitised body, highlights marked, its kept images inline as data: URLs. */
function bodyHtml(record: SavedArticle, win: WindowLike, images: KeptImages | null): string {
  const holder = markedBody(record, win);
  if (images)
    pointAtKeptImages(holder, (url) => {
      const image = images(record.id, url);
      return image && dataUrl(image.type, image.bytes);
    });
  // Read, never assigned: DOMPurify's nodes with data: URLs of stored bytes in their src.
  // eslint-disable-next-line no-restricted-properties
  return holder.innerHTML;
}

/** One HTML file holding the articles, readable offline in any browser; it runs no script. */
export function libraryToHtml(
  records: readonly SavedArticle[],
  win: WindowLike,
  options: { labels?: ExportLabels; lang?: string; now: Date; images?: KeptImages },
): string {
  const images = options.images ?? NO_KEPT_IMAGES;
  const labels = options.labels ?? ENGLISH_LABELS;
  const lang = options.lang ?? 'en';
  const toc = records
    .map((r, i) => `<li><a href="#a${i + 1}">${escapeHtml(r.title)}</a></li>`)
    .join('');
  const body = records
    .map(
      (r, i) => `<article id="a${i + 1}" lang="${escapeHtml(r.lang)}">
<h2>${escapeHtml(r.title)}</h2>
${articleMetaHtml(r, labels, lang)}
${factsCardHtml(r, labels)}
<div class="body">${bodyHtml(r, win, options.images ? images : null)}</div>
${highlightsHtml(r, labels.highlights)}
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Ringkas">
<title>${escapeHtml(labels.library)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(labels.library)}</h1>
<p class="meta">${escapeHtml(options.now.toISOString().slice(0, 10))}</p>
<nav aria-label="${escapeHtml(labels.contents)}"><h2>${escapeHtml(labels.contents)}</h2><ol>${toc}</ol></nav>
${body}
</body>
</html>
`;
}
