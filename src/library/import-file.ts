// The library page's import: the file is checked in a worker (the page stays responsive and
// shows progress), each accepted article is sanitised here in small slices, then the store
// writes them all or nothing.
import type { ParsedImport } from '../core/collection/library-json';
import type { ImportResult, LibraryStore } from '../storage/library-store';
import type { ImportJobMessage } from './import-job';

export type ImportPhase = 'checking' | 'cleaning';

export interface WorkerLike {
  onmessage: ((event: MessageEvent<ImportJobMessage>) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: { file: Blob }): void;
  terminate(): void;
}

export function startImportWorker(): WorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

const SLICE = 20;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function importFile(
  file: Blob,
  options: {
    store: Pick<LibraryStore, 'importParsed'>;
    sanitize: (html: string) => string;
    onProgress: (phase: ImportPhase, done: number, total: number) => void;
    createWorker?: () => WorkerLike;
  },
): Promise<ImportResult> {
  const worker = (options.createWorker ?? startImportWorker)();
  const parsed = await new Promise<ParsedImport>((resolve) => {
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress('checking', message.done, message.total);
      else resolve(message.parsed);
    };
    worker.onerror = () => resolve({ ok: false, reason: 'The file could not be checked.' });
    worker.postMessage({ file });
  }).finally(() => worker.terminate());
  if (!parsed.ok) return options.store.importParsed(parsed);
  const records = parsed.records;
  for (let i = 0; i < records.length; i += SLICE) {
    options.onProgress('cleaning', i, records.length);
    for (const entry of records.slice(i, i + SLICE))
      entry.record = { ...entry.record, html: options.sanitize(entry.record.html) };
    await nextTask();
  }
  return options.store.importParsed(parsed);
}
