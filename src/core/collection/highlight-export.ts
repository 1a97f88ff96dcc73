// Highlights in the HTML and EPUB exports: the article body with each highlight wrapped in
// <mark> (DOM calls on the sanitised body, never markup built from page strings) and a list of
// the highlights with their notes, escaped text only.
import type { WindowLike } from 'dompurify';
import { sanitizeToFragment } from '../sanitize';
import type { SavedArticle } from '../schema/saved-article';
import { applyHighlights } from './highlight-dom';
import { escapeHtml } from './html-export';

export const HIGHLIGHTS_LABEL = 'Highlights';

/** The sanitised body in a detached element of its own document, highlights marked. */
export function markedBody(record: SavedArticle, win: WindowLike): HTMLElement {
  const doc = new win.DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
  const holder = doc.createElement('div');
  holder.append(doc.importNode(sanitizeToFragment(record.html, win), true));
  if (record.highlights?.length) applyHighlights(holder, record.highlights);
  return holder;
}

/** The sanitised body as HTML, highlights marked. */
export function markedBodyHtml(record: SavedArticle, win: WindowLike): string {
  // Reading (serialising) markup of sanitised nodes and <mark> elements; nothing is assigned.
  // eslint-disable-next-line no-restricted-properties
  return markedBody(record, win).innerHTML;
}

/** The list of highlights and notes (nothing when there are none); valid HTML and XHTML. */
export function highlightsHtml(record: SavedArticle, label: string = HIGHLIGHTS_LABEL): string {
  const highlights = record.highlights ?? [];
  if (!highlights.length) return '';
  const items = highlights
    .map(
      (h) =>
        `<li><blockquote><mark class="highlight-${escapeHtml(h.color)}">${escapeHtml(h.exact)}</mark></blockquote>${h.note ? `<p class="note">${escapeHtml(h.note)}</p>` : ''}</li>`,
    )
    .join('');
  return `<section class="highlights"><h3>${escapeHtml(label)}</h3><ul>${items}</ul></section>`;
}
