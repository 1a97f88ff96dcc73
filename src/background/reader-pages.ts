// The in-page reader's further pages (issue 12), read once and handed over page by page: its
// `reader:read` (page one's markup, sent once) starts them here right after page one is
// answered, and its `reader:pages` (the address and how many steps it has had) picks up the next
// step: the article joined with one more page, in reading order, or the whole when it is done.
// The page is serialised and sent only once.
import type { JoinedPages, PagesReading } from '../platform/read-pages';

/** One step: the article joined so far (`last` false), or the whole answer (`last` true). */
export interface PagesStep {
  pages: PagesReading | null;
  last: boolean;
}

export interface PendingPages {
  /**
   * Starts reading the pages of this tab's page (after the current task: page one first);
   * `read` tells `onUpdate` of each page joined before the whole.
   */
  begin: (
    tabId: number,
    url: string,
    read: (onUpdate: (joined: JoinedPages) => void) => Promise<PagesReading | null>,
  ) => void;
  /**
   * Step number `seen` (0 first) of the pages started for this tab and address, as soon as it
   * is there; once the whole is there, the whole (and the pages are let go). Null when none were
   * started.
   */
  take: (tabId: number, url: string, seen: number) => Promise<PagesStep> | null;
}

interface Entry {
  url: string;
  updates: JoinedPages[];
  whole: Promise<PagesReading | null>;
  settled: boolean;
  waiting: (() => void)[];
}

/** `keepMs`: how long pages nobody takes are kept. */
export function pendingPages(keepMs: number): PendingPages {
  const pending = new Map<number, Entry>();
  return {
    begin(tabId, url, read) {
      const entry: Entry = {
        url,
        updates: [],
        whole: Promise.resolve(null),
        settled: false,
        waiting: [],
      };
      const wake = () => {
        for (const resume of entry.waiting.splice(0)) resume();
      };
      entry.whole = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() =>
          read((joined) => {
            entry.updates.push(joined);
            wake();
          }),
        )
        .catch(() => null)
        .then((whole) => {
          entry.settled = true;
          wake();
          return whole;
        });
      pending.set(tabId, entry);
      setTimeout(() => {
        if (pending.get(tabId) === entry) pending.delete(tabId);
      }, keepMs);
    },
    take(tabId, url, seen) {
      const entry = pending.get(tabId);
      if (!entry || entry.url !== url) return null;
      return (async () => {
        while (!entry.settled && entry.updates.length <= seen)
          await new Promise<void>((resolve) => entry.waiting.push(resolve));
        const update = entry.updates[seen];
        // The whole supersedes the steps not taken yet.
        if (!entry.settled && update) return { pages: update, last: false };
        if (pending.get(tabId) === entry) pending.delete(tabId);
        return { pages: await entry.whole, last: true };
      })();
    },
  };
}
