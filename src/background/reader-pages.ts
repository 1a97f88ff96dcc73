// The in-page reader's further pages (issue 12), read once: its `reader:read` (page one's
// markup, sent once) starts them here right after page one is answered, and its `reader:pages`
// (the address alone) picks the answer up, so the page is serialised and sent only once.
import type { PagesReading } from '../platform/read-pages';

export interface PendingPages {
  /** Starts reading the pages of this tab's page (after the current task: page one first). */
  begin: (tabId: number, url: string, read: () => Promise<PagesReading | null>) => void;
  /** The pages started for this tab and address, once; null when none were started. */
  take: (tabId: number, url: string) => Promise<PagesReading | null> | null;
}

/** `keepMs`: how long an answer nobody asked for is kept. */
export function pendingPages(keepMs: number): PendingPages {
  const pending = new Map<number, { url: string; answer: Promise<PagesReading | null> }>();
  return {
    begin(tabId, url, read) {
      const answer = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(read)
        .catch(() => null);
      pending.set(tabId, { url, answer });
      setTimeout(() => {
        if (pending.get(tabId)?.answer === answer) pending.delete(tabId);
      }, keepMs);
    },
    take(tabId, url) {
      const entry = pending.get(tabId);
      if (!entry || entry.url !== url) return null;
      pending.delete(tabId);
      return entry.answer;
    },
  };
}
