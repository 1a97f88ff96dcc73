// Injected with scripting.executeScript({files: ['content/read.js']}) into the tab the reader
// asked for. It reads a clone of the live document (the page is never touched) and its result,
// the article alone, is the value of the script (see the build's footer). The digest and its
// entity model stay out of the page: extension contexts compute it (src/platform/digest.ts).
// The article HTML is sanitised here only when the background asks (it saves what it reads and
// has no DOM of its own); every page sanitises where it inserts or stores.
import { readArticle } from '../core/read-page';
import { isHtmlContentType } from '../core/page-access';
import { sanitizeHtml } from '../core/sanitize';
import type { ArticleReadResult } from '../core/types';
import { READ_OPTIONS_KEY, type ReadOptions } from '../contracts/read-options';

function run(): ArticleReadResult {
  try {
    if (!isHtmlContentType(document.contentType)) {
      return {
        ok: false,
        reason: 'not-html',
        message: `Not an HTML page (${document.contentType}).`,
      };
    }
    const options = (globalThis as Record<symbol, unknown>)[Symbol.for(READ_OPTIONS_KEY)] as
      Partial<ReadOptions> | undefined;
    const result = readArticle(document, location.href);
    if (result.ok && options?.sanitize)
      result.article.html = sanitizeHtml(result.article.html, window);
    return result;
  } catch (error) {
    return {
      ok: false,
      reason: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

export const result = run();
