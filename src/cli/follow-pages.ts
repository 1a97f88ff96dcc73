// `extract --follow-pages`: an article split over pages, read whole. The CLI reaches nothing but
// the machine it runs on: the page is a local file or a loopback URL (127.0.0.1, localhost,
// [::1]), and its other pages are local files or URLs of that same loopback origin.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { collectPages, type PageLoader } from '../core/extract/collect-pages';
import { readPagesWithDigest, type JoinedReading } from '../core/read-page';
import type { ReadResult } from '../core/types';
import { nodeTaggers } from './ner-models';
import { CliError } from './errors';
import { decodeHtml } from './decode-html';
import { readPageFile } from './read-input';

/** Each page a loopback server serves has this long to answer. */
export const PAGE_TIMEOUT_MS = 10_000;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

async function fetchPage(url: string): Promise<string | null> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(PAGE_TIMEOUT_MS),
    redirect: 'error',
  });
  if (!response.ok || !/html/i.test(response.headers.get('content-type') ?? 'text/html'))
    return null;
  return decodeHtml(new Uint8Array(await response.arrayBuffer()));
}

/** Local files (a folder is its index.html) and loopback URLs; nothing else is ever read. */
export const localLoader: PageLoader = async (url) => {
  if (isLoopbackUrl(url)) {
    const html = await fetchPage(url);
    return html === null ? null : parse(html);
  }
  if (!url.startsWith('file:')) return null;
  const target = new URL(url);
  // A query or a fragment cannot name another file: such a page is not on this disk.
  if (target.search) return null;
  let file = fileURLToPath(target);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return null;
  return parse(readPageFile(file));
};

/** Reads PAGE (a file or a loopback URL) and the pages it links, joined. */
export async function readFollowingPages(
  page: string,
  url: string | undefined,
): Promise<{ reading: JoinedReading<ReadResult>; ms: number }> {
  const start = performance.now();
  let html: string;
  let address: string;
  if (/^https?:\/\//i.test(page)) {
    if (!isLoopbackUrl(page))
      throw new CliError(`--follow-pages reads local files or loopback URLs only, not ${page}`);
    const fetched = await fetchPage(page).catch(() => null);
    if (fetched === null) throw new CliError(`cannot read ${page}`);
    html = fetched;
    address = page;
  } else if (fs.existsSync(page) && fs.statSync(page).isDirectory()) {
    // A folder is its index.html, at the folder's address ("article/", whose pages are "2/").
    html = readPageFile(path.join(page, 'index.html'));
    address = pathToFileURL(`${path.resolve(page)}/`).href;
  } else {
    html = readPageFile(page);
    address = pathToFileURL(path.resolve(page)).href;
  }
  // --url names the page for its metadata; its other pages are found beside the file read.
  const doc = parse(html);
  const collected = await collectPages(doc, address, localLoader);
  const reading = readPagesWithDigest(collected, address, {
    disposableDocument: true,
    taggers: nodeTaggers(),
  });
  if (url && reading.result.ok) reading.result.article.url = url;
  return { reading, ms: performance.now() - start };
}
