// The library page's side of an import: the file goes to the import worker, which checks it and
// writes it (import-job.ts); the page sanitises the articles' HTML when the worker sends it, a
// few articles per message, and shows how far the import is.
import type { ImportResult } from '../storage/store-failure';
import type { ImportJobMessage, ImportPageMessage, ImportPhase } from './import-job';

export type { ImportPhase } from './import-job';

export interface WorkerLike {
  onmessage: ((event: MessageEvent<ImportJobMessage>) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: ImportPageMessage): void;
  terminate(): void;
}

export function startImportWorker(): WorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

export async function importFile(
  file: Blob,
  options: {
    sanitize: (html: string) => string;
    onProgress: (phase: ImportPhase, done: number, total: number) => void;
    createWorker?: () => WorkerLike;
  },
): Promise<ImportResult> {
  const worker = (options.createWorker ?? startImportWorker)();
  return new Promise<ImportResult>((resolve) => {
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress')
        options.onProgress(message.phase, message.done, message.total);
      else if (message.type === 'clean')
        worker.postMessage({
          type: 'cleaned',
          batch: message.batch.map(({ index, html }) => ({ index, html: options.sanitize(html) })),
        });
      else resolve(message.result);
    };
    worker.onerror = () =>
      resolve({ ok: false, reason: 'invalid', message: 'The file could not be imported.' });
    worker.postMessage({ type: 'import', file });
  }).finally(() => worker.terminate());
}
