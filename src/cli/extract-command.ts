// `extract`: HTML file(s) in, one JSON result per page out (article fields plus the digest).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import './linkedom-classes';
import { JSDOM } from 'jsdom';
import { readPage } from '../core/read-page';
import { nodeTaggers } from './ner-models';
import { sanitizeHtml } from '../core/sanitize';
import type { ReadResult } from '../core/types';
import { CliError } from './errors';
import { readPageFile, readTextFile, resolveListed } from './read-input';

let purifyWindow: JSDOM['window'] | null = null;

/** DOMPurify needs a full DOM; jsdom's window, made once (linkedom's is not enough for it). */
function sanitize(html: string): string {
  purifyWindow ??= new JSDOM('').window;
  return sanitizeHtml(html, purifyWindow as unknown as Parameters<typeof sanitizeHtml>[1]);
}

/** The page's own address when the caller gives none: canonical link, og:url, else the file. */
function urlFromPage(doc: Document, file: string): string {
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (canonical && /^https?:\/\//i.test(canonical.trim())) return canonical.trim();
  return pathToFileURL(path.resolve(file)).href;
}

type Output = Record<string, unknown>;

/** Parse and read one page; ms covers the DOM parse and the whole reading. */
export function readHtml(
  html: string,
  url: string | undefined,
  file: string,
): { result: ReadResult; ms: number } {
  const start = performance.now();
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // The document was parsed for this call only: Readability may work on it without a clone.
  const result = readPage(doc, url ?? urlFromPage(doc, file), {
    disposableDocument: true,
    taggers: nodeTaggers(),
  });
  return { result, ms: performance.now() - start };
}

export function toOutput(result: ReadResult, ms: number, id?: string): Output {
  if (!result.ok)
    return id === undefined
      ? { error: result.message, reason: result.reason }
      : { id, error: result.message };
  const { article, digest } = result;
  // Every article field but its addresses (the caller gave or knows them), the HTML sanitised.
  const { url: _url, canonicalUrl: _canonicalUrl, ...fields } = article;
  const { lang: _lang, facts: allFacts, ...texts } = digest;
  const { top: _top, ...facts } = allFacts;
  return {
    ...(id === undefined ? {} : { id }),
    ms: Math.round(ms * 100) / 100,
    ...fields,
    html: sanitize(fields.html),
    ...texts,
    facts,
  };
}

/** One page, or with --follow-pages the article's pages joined (a local file or a loopback URL). */
export async function extractFollowingCommand(
  page: string,
  url: string | undefined,
): Promise<number> {
  const { readFollowingPages } = await import('./follow-pages');
  const { reading, ms } = await readFollowingPages(page, url);
  const { result, joined, failed, total } = reading;
  process.stdout.write(
    `${JSON.stringify({ ...toOutput(result, ms), pages: { joined, total, failed } })}\n`,
  );
  if (!result.ok) {
    process.stderr.write(`ringkas: ${page}: ${result.message}\n`);
    return 1;
  }
  for (const number of failed)
    process.stderr.write(`ringkas: ${page}: page ${number} of ${total} could not be loaded\n`);
  return 0;
}

export function extractCommand(file: string, url: string | undefined): number {
  const html = readPageFile(file);
  const { result, ms } = readHtml(html, url, file);
  process.stdout.write(`${JSON.stringify(toOutput(result, ms))}\n`);
  if (!result.ok) {
    process.stderr.write(`ringkas: ${file}: ${result.message}\n`);
    return 1;
  }
  return 0;
}

export function extractBatchCommand(listFile: string): number {
  const lines = readTextFile(listFile).split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id = '', listed = '', url = ''] = line.split('\t');
    if (!id || !listed) {
      process.stdout.write(
        `${JSON.stringify({ id: id || `line ${index + 1}`, error: 'Expected id<TAB>path<TAB>url.' })}\n`,
      );
      continue;
    }
    let output: Output;
    try {
      const file = resolveListed(listFile, listed);
      const { result, ms } = readHtml(readPageFile(file), url.trim() || undefined, file);
      output = toOutput(result, ms, id);
    } catch (error) {
      output = {
        id,
        error: error instanceof CliError ? error.message : 'Ringkas could not read this page.',
      };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return 0;
}
