// The library page's side of the search worker (search-job.ts): asks it to bring the index up
// to date and to answer queries, by messages; the page's main thread never touches the index.
import type { SearchJobMessage, SearchPageMessage } from './search-job';

export interface SearchWorkerLike {
  onmessage: ((event: MessageEvent<SearchJobMessage>) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: SearchPageMessage): void;
  terminate(): void;
}

export function startSearchWorker(): SearchWorkerLike {
  return new Worker(new URL('./search-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as SearchWorkerLike;
}

export class SearchClient {
  private seq = 0;
  private readonly hits = new Map<number, (ids: string[]) => void>();
  /** Refreshes asked and not yet answered, oldest first (the worker answers them in order). */
  private readonly refreshes: ((ok: boolean) => void)[] = [];
  private broken = false;

  constructor(
    private readonly worker: SearchWorkerLike,
    /** Told while the worker indexes records: (indexed so far, all to index). */
    private readonly onProgress: (done: number, total: number) => void = () => {},
  ) {
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = () => this.fail();
  }

  private receive(message: SearchJobMessage): void {
    if (message.type === 'progress') this.onProgress(message.done, message.total);
    else if (message.type === 'hits') {
      this.hits.get(message.seq)?.(message.ids);
      this.hits.delete(message.seq);
    } else this.refreshes.shift()?.(message.type === 'ready');
  }

  private fail(): void {
    this.broken = true;
    for (const done of this.refreshes.splice(0)) done(false);
    for (const done of this.hits.values()) done([]);
    this.hits.clear();
  }

  /** Brings the index in line with the store; false if it could not be. */
  refresh(): Promise<boolean> {
    if (this.broken) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.refreshes.push(resolve);
      this.worker.postMessage({ type: 'refresh' });
    });
  }

  /** The ids matching the query, best first. */
  search(query: string): Promise<string[]> {
    if (this.broken) return Promise.resolve([]);
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.hits.set(seq, resolve);
      this.worker.postMessage({ type: 'search', seq, query });
    });
  }

  close(): void {
    this.fail();
    this.worker.terminate();
  }
}
