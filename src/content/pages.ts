// Injected after content/read.js, when the reader wants an article's further pages joined
// (issue 12): finds the pages the article links, loads them from this tab (same origin only,
// in parallel, each with a time limit), reads each with the same pipeline and joins them. Its
// value is a promise of the joined reading, which executeScript waits for.
import { collectPages } from '../core/extract/collect-pages';
import { findPageLinks } from '../core/extract/pagination';
import { readPages, type JoinedReading } from '../core/read-page';
import { sanitizeHtml } from '../core/sanitize';
import { READ_OPTIONS_KEY, type ReadOptions } from '../contracts/read-options';
import { tabPageLoader } from './page-loader';

async function run(): Promise<JoinedReading | null> {
  const url = location.href;
  const links = findPageLinks(document, url);
  // One page only: nothing to do, and nothing is read twice.
  if (!links.showAll && links.pages.length === 0) return null;
  const options = (globalThis as Record<symbol, unknown>)[Symbol.for(READ_OPTIONS_KEY)] as
    Partial<ReadOptions> | undefined;
  const collected = await collectPages(document, url, tabPageLoader());
  // The article alone: the digest of the joined article is computed outside the page.
  const reading = readPages(collected, url);
  if (reading.result.ok && options?.sanitize)
    reading.result.article.html = sanitizeHtml(reading.result.article.html, window);
  return reading;
}

export const result = run().catch(() => null);
