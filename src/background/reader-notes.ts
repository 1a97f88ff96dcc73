// The in-page reader's highlights (issue 16), kept with the saved article through the library's
// store: what is stored for the page it shows, and one edit at a time, applied inside the store's
// write (never to a stale list). The caller has checked the address is the sender's own page.
import { applyHighlightEdit, type HighlightEditOp } from '../core/collection/highlight-edit';
import type { Highlight } from '../core/schema/annotation';
import { library } from './tab-actions';

export type ReaderNotes =
  | { ok: true; saved: boolean; highlights: Highlight[] }
  | { ok: false; reason: string; error: string };

export async function readerNotes(url: string, canonicalUrl: string): Promise<ReaderNotes> {
  const row = await library().findByUrl(canonicalUrl, url);
  const record = row ? await library().get(row.id) : undefined;
  return { ok: true, saved: !!record, highlights: record?.highlights ?? [] };
}

export async function editReaderHighlight(
  url: string,
  canonicalUrl: string,
  edit: HighlightEditOp,
): Promise<ReaderNotes> {
  const row = await library().findByUrl(canonicalUrl, url);
  if (!row) return { ok: false, reason: 'not-saved', error: 'the article is not in the library' };
  const written = await library().editHighlights(row.id, (now) =>
    applyHighlightEdit(now, edit, Date.now()),
  );
  if (!written.ok) return { ok: false, reason: written.reason, error: written.message ?? '' };
  return readerNotes(url, canonicalUrl);
}
