// The library's search off the page's main thread (issue 16): the page's client asks a worker
// (here a stand-in that runs the same job and answers by messages, in Node, with no DOM) to
// build the index, with progress, then to bring it up to date and to answer queries.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { makeSavedArticle } from '../../../src/core/collection/record';
import { exportLibraryJson } from '../../../src/core/collection/library-json';
import { searchJob, type SearchJobMessage } from '../../../src/library/search-job';
import { SearchClient, type SearchWorkerLike } from '../../../src/library/search-client';
import { LibraryStore } from '../../../src/storage/library-store';
import { sampleArticle } from '../core/collection/sample-article';

function fakeWorker(store: LibraryStore, log: string[]): SearchWorkerLike {
  const worker: SearchWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push(message.type);
      setTimeout(() => handle(message));
    },
    terminate: () => log.push('terminated'),
  };
  const handle = searchJob(
    (reply) =>
      setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<SearchJobMessage>)),
    store,
    10,
  );
  return worker;
}

const records = (from: number, count: number, person: string) =>
  Array.from({ length: count }, (_, i) =>
    makeSavedArticle(
      sampleArticle(from + i, { url: `https://news.example/${from + i}` }, `${person} ${i}`),
      `id-${from + i}`,
      1000 + from + i,
    ),
  );

describe('the search worker', () => {
  it('builds the index with progress, answers queries, and follows the store', async () => {
    const idb = new IDBFactory();
    const options = { indexedDB: idb, IDBKeyRange, storage: undefined, notify: () => {} };
    const page = new LibraryStore(options);
    await page.importJson(exportLibraryJson(records(0, 450, 'Ganjar'), new Date(0)), {
      sanitize: (h) => h,
    });
    const worker = new LibraryStore(options);
    const log: string[] = [];
    const progress: string[] = [];
    const client = new SearchClient(fakeWorker(worker, log), (done, total) =>
      progress.push(`${done}/${total}`),
    );
    expect(await client.refresh()).toBe(true);
    expect(progress).toEqual(['0/450', '200/450', '400/450', '450/450']);
    expect(await client.search('Ganjar')).toHaveLength(450);
    expect(await client.search('Mulyani')).toEqual([]);

    // Another tab imports: this tab's worker finds the new articles once refreshed.
    await page.importJson(exportLibraryJson(records(1000, 3, 'Mulyani'), new Date(0)), {
      sanitize: (h) => h,
    });
    expect(await client.refresh()).toBe(true);
    expect((await client.search('Mulyani')).sort()).toEqual(['id-1000', 'id-1001', 'id-1002']);

    // The snapshot is written by the worker a little after the change: a later visit loads it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const snapshot = await page.readSearchSnapshot();
    expect(Object.keys(snapshot?.docs ?? {})).toHaveLength(453);

    client.close();
    expect(log.at(-1)).toBe('terminated');
    await expect(client.search('Ganjar')).resolves.toEqual([]);
    page.close();
    worker.close();
  });
});
