// Injected with scripting.executeScript({files: ['content/read.js']}) into the tab the reader
// asked for. It reads a clone of the live document (the page is never touched) and its result
// is the value of the script (see the build's footer).
import { readPage } from '../core/read-page';
import { isHtmlContentType } from '../core/page-access';
import type { ReadResult } from '../core/types';

function run(): ReadResult {
  try {
    if (!isHtmlContentType(document.contentType)) {
      return { ok: false, reason: 'not-html', message: `Not an HTML page (${document.contentType}).` };
    }
    return readPage(document, location.href);
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

export const result = run();
