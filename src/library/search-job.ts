// The library's search, off the page's main thread (issue 16): the index is opened (from its
// snapshot, or built the first time), kept up to date and queried in a worker
// (search-worker.ts), over the page's own database. The page asks by messages and shows the
// progress; it never holds the index, so neither building nor querying it blocks the page.
import { SearchSession } from '../storage/library-search';
import type { LibraryStore } from '../storage/library-store';

/** From the page to the worker. */
export type SearchPageMessage =
  { type: 'refresh' } | { type: 'search'; seq: number; query: string };

/** From the worker to the page. */
export type SearchJobMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; size: number }
  | { type: 'failed' }
  | { type: 'hits'; seq: number; ids: string[] };

/** The index snapshot is written a little after the last change. */
export const SNAPSHOT_DELAY_MS = 3000;

/**
 * The worker's handler of the page's messages. 'refresh' opens the index the first time and
 * brings it up to date with the store after that (one at a time, in order: each is answered by
 * 'ready' or 'failed'); 'search' is answered at once from the index as it stands.
 */
export function searchJob(
  post: (message: SearchJobMessage) => void,
  store: LibraryStore,
  snapshotDelayMs = SNAPSHOT_DELAY_MS,
): (message: SearchPageMessage) => void {
  const session = new SearchSession(store);
  let opened = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progress = (done: number, total: number) => post({ type: 'progress', done, total });
  const scheduleSnapshot = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void session.save().catch(() => false), snapshotDelayMs);
  };
  const refresh = async () => {
    try {
      if (!opened) {
        opened = true;
        await session.open(undefined, progress);
      } else await session.refresh(undefined, progress);
      post({ type: 'ready', size: session.current?.search.size ?? 0 });
      if (session.current?.changed) scheduleSnapshot();
    } catch {
      post({ type: 'failed' });
    }
  };
  return (message) => {
    if (message.type === 'refresh') {
      void refresh();
      return;
    }
    let ids: string[];
    try {
      ids = session.current?.search.search(message.query).map((hit) => hit.id) ?? [];
    } catch {
      ids = [];
    }
    post({ type: 'hits', seq: message.seq, ids });
  };
}
