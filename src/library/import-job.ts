// The import, off the page's main thread (issue 16): the worker reads the file, parses and checks
// every article (JSON.parse and the schema check: seconds for a large file), has the page
// sanitise the accepted articles' HTML a few at a time (DOMPurify needs a document, which a
// worker has not), then writes them itself, in batches, all or nothing (storage/library-import.ts).
// The page only ever handles small messages, so it never blocks for long.
import { checkLibraryFile, type ParsedImport } from '../core/collection/library-json';
import { checkLibraryZip, isZip } from '../core/collection/library-zip';
import type { ImportResult } from '../storage/store-failure';
import type { WriteProgress } from '../storage/library-import';

export type ImportPhase = 'checking' | 'cleaning' | 'writing';

/** Some articles' HTML, by their place in the import. */
export type HtmlBatch = { index: number; html: string }[];

/** From the worker to the page. */
export type ImportJobMessage =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'clean'; batch: HtmlBatch }
  | { type: 'done'; result: ImportResult };

/** From the page to the worker. */
export type ImportPageMessage =
  { type: 'import'; file: Blob } | { type: 'cleaned'; batch: HtmlBatch };

/** At most this much HTML (characters) or this many articles go to the page at once. */
export const CLEAN_CHARS = 30_000;
export const CLEAN_COUNT = 5;
/** Batches sent before the first comes back, so the page never waits for the worker. */
const IN_FLIGHT = 3;

export interface ImportWriter {
  importParsed(parsed: ParsedImport, onProgress?: WriteProgress): Promise<ImportResult>;
}

function checkFile(bytes: Uint8Array, options: Parameters<typeof checkLibraryFile>[1]) {
  // A library zip (records and images, issue 16) or a plain JSON file (every older export).
  return isZip(bytes)
    ? checkLibraryZip(bytes, options)
    : checkLibraryFile(new TextDecoder().decode(bytes), options);
}

/** Groups the records' HTML into batches for the page. */
export function cleanBatches(htmls: readonly string[]): HtmlBatch[] {
  const batches: HtmlBatch[] = [];
  let batch: HtmlBatch = [];
  let chars = 0;
  htmls.forEach((html, index) => {
    if (batch.length && (batch.length >= CLEAN_COUNT || chars + html.length > CLEAN_CHARS)) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push({ index, html });
    chars += html.length;
  });
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * One import job in the worker: returns the handler of the page's messages. `post` sends to the
 * page; `store` writes (a LibraryStore over the same database as the page's).
 */
export function importJob(
  post: (message: ImportJobMessage) => void,
  store: ImportWriter,
  newId: () => string = () => crypto.randomUUID(),
): (message: ImportPageMessage) => void {
  let parsed: Extract<ParsedImport, { ok: true }> | null = null;
  let batches: HtmlBatch[] = [];
  let sent = 0;
  let cleaned = 0;
  const progress = (phase: ImportPhase) => (done: number, total: number) =>
    post({ type: 'progress', phase, done, total });
  const finish = async (checked: ParsedImport) =>
    post({ type: 'done', result: await store.importParsed(checked, progress('writing')) });
  const sendNext = () => {
    if (sent < batches.length) post({ type: 'clean', batch: batches[sent++]! });
  };

  async function start(file: Blob) {
    let checked: ParsedImport;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      checked = checkFile(bytes, { newId, onProgress: progress('checking') });
    } catch {
      checked = { ok: false, reason: 'The file could not be read.' };
    }
    if (!checked.ok || !checked.records.length) return finish(checked);
    parsed = checked;
    batches = cleanBatches(checked.records.map(({ record }) => record.html));
    progress('cleaning')(0, checked.records.length);
    for (let i = 0; i < IN_FLIGHT; i++) sendNext();
  }

  return (message) => {
    if (message.type === 'import') {
      void start(message.file);
      return;
    }
    if (!parsed) return;
    const records = parsed.records;
    for (const { index, html } of message.batch) {
      const entry = records[index];
      if (entry) entry.record = { ...entry.record, html };
    }
    cleaned += message.batch.length;
    progress('cleaning')(cleaned, records.length);
    if (cleaned < records.length) sendNext();
    else void finish(parsed);
  };
}
