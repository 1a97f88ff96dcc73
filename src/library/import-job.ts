// The import's heavy part, off the page's main thread: reading the file, JSON.parse and the
// schema check of every article (5.8 s for a 7 MB file on the page itself). Pure of the DOM, so
// it runs in a worker (import-worker.ts); the page then sanitises each accepted article (DOMPurify
// needs a document) and writes them all or nothing.
import { checkLibraryFile, type ParsedImport } from '../core/collection/library-json';
import { checkLibraryZip, isZip } from '../core/collection/library-zip';

export type ImportJobMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; parsed: ParsedImport };

export async function runImportJob(
  file: Blob,
  post: (message: ImportJobMessage) => void,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  let parsed: ParsedImport;
  try {
    const options = {
      newId,
      onProgress: (done: number, total: number) => post({ type: 'progress', done, total }),
    };
    // A library zip (records and images, issue 16) or a plain JSON file (every older export).
    const bytes = new Uint8Array(await file.arrayBuffer());
    parsed = isZip(bytes)
      ? checkLibraryZip(bytes, options)
      : checkLibraryFile(new TextDecoder().decode(bytes), options);
  } catch {
    parsed = { ok: false, reason: 'The file could not be read.' };
  }
  post({ type: 'done', parsed });
}
