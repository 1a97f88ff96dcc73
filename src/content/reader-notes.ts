// The in-page reader's highlights, kept with the saved article (issue 16). The background holds
// the library; the reader asks it what is stored for the article it shows and sends it one edit
// at a time, in order. A first highlight on an article not saved yet saves it (once, with the
// reader's save, and says so): a highlight is kept with its article, or not at all.
import * as v from 'valibot';
import browser from '../platform/native-browser';
import type { Article } from '../core/types';
import { HighlightsSchema, type Highlight } from '../core/schema/annotation';
import { applyHighlightEdit, type HighlightEditOp } from '../core/collection/highlight-edit';
import type { Notice } from '../ui/notice';

export interface ReaderNotes {
  highlights: () => readonly Highlight[];
  /** What the library holds for the article (called when it is shown, and after failures). */
  load: () => Promise<void>;
  /** The reader's Save stored the article. */
  saved: () => void;
  edit: (edit: HighlightEditOp) => Promise<Notice | null>;
}

export function readerNotes(
  article: () => Article | null,
  save: () => Promise<Notice>,
  changed: () => void,
): ReaderNotes {
  let highlights: readonly Highlight[] = [];
  let inLibrary = false;
  let queue: Promise<unknown> = Promise.resolve();
  const address = (shown: Article) => ({ url: shown.url, canonicalUrl: shown.canonicalUrl });

  /** Takes a checked answer of the background; false for anything else. */
  const take = (answer: unknown): boolean => {
    const { ok, saved, highlights: stored } = (answer ?? {}) as Record<string, unknown>;
    const checked = v.safeParse(HighlightsSchema, stored);
    if (ok !== true || !checked.success) return false;
    inLibrary = saved === true;
    highlights = checked.output;
    changed();
    return true;
  };

  async function load(): Promise<void> {
    const shown = article();
    if (!shown) return;
    const answer: unknown = await browser.runtime
      .sendMessage({ type: 'reader:notes', payload: address(shown) })
      .catch(() => null);
    take(answer);
  }

  async function send(edit: HighlightEditOp): Promise<Notice | null> {
    const shown = article();
    if (!shown) return null;
    let notice: Notice | null = null;
    if (!inLibrary) {
      const stored = await save();
      if (stored.error) return stored;
      inLibrary = true;
      notice = { key: stored.key === 'noticeUpdated' ? 'noticeUpdated' : 'noticeSavedHighlight' };
    }
    const answer: unknown = await browser.runtime
      .sendMessage({ type: 'reader:highlight', payload: { ...address(shown), edit } })
      .catch((error: unknown) => ({ error: String(error) }));
    if (take(answer)) return notice;
    return {
      key: 'noticeHighlightFailed',
      values: [String((answer as { error?: unknown } | null)?.error ?? '')],
      error: true,
    };
  }

  return {
    highlights: () => highlights,
    load,
    saved: () => {
      inLibrary = true;
    },
    edit(edit) {
      // Shown at once; kept in order; what the library holds shown again after a failure.
      highlights = applyHighlightEdit(highlights, edit, Date.now());
      changed();
      const done = queue.then(() => send(edit));
      queue = done.then(
        (notice) => (notice?.error ? load() : undefined),
        () => load(),
      );
      return done;
    },
  };
}
