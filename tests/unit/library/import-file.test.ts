// Imports run off the page's main thread (issue 13, item 13; issue 16): the file goes to a worker
// (here a stand-in that runs the same job and answers by messages, in Node, with no DOM at all),
// progress comes back, the page sanitises the articles' HTML a few at a time when the worker
// asks, and the worker writes them all or nothing, in batches.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { exportLibraryJson } from '../../../src/core/collection/library-json';
import { makeSavedArticle } from '../../../src/core/collection/record';
import { sanitizeHtml } from '../../../src/core/sanitize';
import {
  CLEAN_COUNT,
  importJob,
  type ImportJobMessage,
  type ImportPageMessage,
} from '../../../src/library/import-job';
import { importFile, type WorkerLike } from '../../../src/library/import-file';
import { LibraryStore } from '../../../src/storage/library-store';
import { sampleArticle } from '../core/collection/sample-article';
import { libraryZip } from '../../../src/core/collection/library-zip';
import { png } from '../core/collection/images-fixture';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

/** A worker stand-in: the job runs on its own, messages both ways arrive as events. */
function fakeWorker(log: string[], target: LibraryStore, cleaned: number[] = []): WorkerLike {
  let handle: ((message: ImportPageMessage) => void) | null = null;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push(message.type);
      if (message.type === 'cleaned') cleaned.push(message.batch.length);
      handle ??= importJob(
        (reply) =>
          setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<ImportJobMessage>)),
        target,
      );
      setTimeout(() => handle!(message));
    },
    terminate: () => log.push('terminated'),
  };
  return worker;
}

const store = () =>
  new LibraryStore({
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    storage: undefined,
    notify: () => {},
  });

describe('importing a file', () => {
  it('checks in the worker without a DOM, reports progress, sanitises, writes everything', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const records = Array.from({ length: 60 }, (_, i) =>
      makeSavedArticle(
        sampleArticle(i, { html: `<p>Isi ${i}</p><img src=x onerror="alert(1)">` }),
        `id-${i}`,
        1000 + i,
      ),
    );
    const file = new Blob([exportLibraryJson(records, new Date(0))]);
    const log: string[] = [];
    const cleaned: number[] = [];
    const progress: string[] = [];
    const target = store();
    const result = await importFile(file, {
      sanitize: (html) => sanitizeHtml(html, win),
      onProgress: (phase, done, total) => progress.push(`${phase} ${done}/${total}`),
      createWorker: () => fakeWorker(log, target, cleaned),
    });
    expect(result.ok && result.report.added).toBe(60);
    expect(log[0]).toBe('import');
    expect(log.at(-1)).toBe('terminated');
    // The page sanitised every article, never more than a few at a time.
    expect(cleaned.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.max(...cleaned)).toBeLessThanOrEqual(CLEAN_COUNT);
    expect(progress).toContain('checking 0/60');
    expect(progress).toContain('checking 60/60');
    expect(progress).toContain('cleaning 40/60');
    expect(progress).toContain('writing 60/60');
    const saved = await target.get('id-5');
    expect(saved?.html).toContain('<p>Isi 5</p>');
    expect(saved?.html).not.toContain('onerror');
    target.close();
  });

  it('writes nothing from a file that is not a library', async () => {
    const target = store();
    const result = await importFile(new Blob(['{"format":"other"}']), {
      sanitize: (html) => html,
      onProgress: () => {},
      createWorker: () => fakeWorker([], target),
    });
    expect(result.ok).toBe(false);
    expect(await target.allRows()).toEqual([]);
    target.close();
  });

  it('imports a library zip in the worker, images included; a damaged zip writes nothing', async () => {
    const src = 'https://cdn.example.org/a.png';
    const record = makeSavedArticle(
      sampleArticle(1, { html: `<p>Isi</p><img src="${src}">` }),
      'id-1',
      1000,
    );
    const bytes = png(3, 3, 40);
    const zip = libraryZip(
      [record],
      [{ id: 'id-1', url: src, type: 'image/png', bytes }],
      new Date(0),
    );
    const target = store();
    const result = await importFile(new Blob([zip as Uint8Array<ArrayBuffer>]), {
      sanitize: (html) => sanitizeHtml(html, win),
      onProgress: () => {},
      createWorker: () => fakeWorker([], target),
    });
    expect(result).toMatchObject({ ok: true, report: { added: 1, images: 1 } });
    expect(await target.imagesOf('id-1')).toEqual([
      { id: 'id-1', url: src, type: 'image/png', bytes },
    ]);

    const damaged = await importFile(new Blob([zip.subarray(0, 200) as Uint8Array<ArrayBuffer>]), {
      sanitize: (html) => html,
      onProgress: () => {},
      createWorker: () => fakeWorker([], target),
    });
    expect(damaged).toMatchObject({ ok: false, message: expect.stringMatching(/not a valid zip/) });
    expect(await target.allRows()).toHaveLength(1);
    target.close();
  });
});
