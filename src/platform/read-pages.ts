// The further pages of the article in a tab, joined (issue 12): after page one is shown, the
// popup, the background's save and the in-page reader (through the background) find the article's
// pages here, on page one's parsed markup, inject content/pages.js to fetch the pages from the tab
// itself (same origin, the page's credentials), parse each markup here and join them. The joined
// article's digest is computed by the caller.
import * as v from 'valibot';
import { ArticleReadResultSchema } from '../core/schema/read-result';
import { collectPages, type PageLoader } from '../core/extract/collect-pages';
import { findPageLinks } from '../core/extract/pagination';
import { parseMarkup, type ParseHtml } from '../core/read-markup';
import { readPages } from '../core/read-page';
import { PAGES_REQUEST_KEY } from '../contracts/pages-request';
import type { TabReading } from '../contracts/tab-reading';

export const PAGES_SCRIPT = 'content/pages.js';

/** Ten pages in parallel waves of 8 s each, and their reading: say so when it takes longer. */
export const PAGES_TIMEOUT_MS = 30_000;

/** A page larger than this is not read (as MAX_MARKUP_CHARS for page one's markup). */
const MAX_MARKUP_CHARS = 64 * 1024 * 1024;

const pageNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));
const JoinedSchema = v.object({
  result: ArticleReadResultSchema,
  joined: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: pageNumber,
  failed: v.array(pageNumber),
});

/** content/pages.js answers with the markup of each address asked for (null: not loaded). */
const FetchedSchema = v.array(
  v.object({
    url: v.string(),
    markup: v.nullable(v.pipe(v.string(), v.maxLength(MAX_MARKUP_CHARS))),
  }),
);

/** What the pages of an article came to: how many were joined, and which could not be loaded. */
export interface PagesOutcome {
  joined: number;
  total: number;
  failed: number[];
}

export type PagesReading =
  | { status: 'single' }
  | { status: 'joined'; reading: Extract<TabReading, { ok: true }>; outcome: PagesOutcome }
  | { status: 'failed'; outcome: PagesOutcome };

export function pagesReadingOf(tabId: number, value: unknown): PagesReading | null {
  if (value === null) return { status: 'single' };
  const parsed = v.safeParse(JoinedSchema, value);
  if (!parsed.success) return null;
  const { joined, total, failed } = parsed.output;
  const { result } = parsed.output;
  const outcome = { joined, total, failed };
  if (!result.ok || joined < 2)
    return total > 1 ? { status: 'failed', outcome } : { status: 'single' };
  return {
    status: 'joined',
    reading: { ok: true, tabId, article: result.article, ms: result.ms },
    outcome,
  };
}

/** What fetching pages from a tab needs of the browser. */
export interface PagesApi {
  scripting: {
    executeScript: (
      details:
        | { target: { tabId: number }; files: string[] }
        | {
            target: { tabId: number };
            func: (key: string, urls: string[]) => void;
            args: [string, string[]];
          },
    ) => Promise<{ result?: unknown }[]>;
  };
}

/** The markup of these addresses, fetched by content/pages.js in the tab; null: not loaded. */
export async function fetchInTab(
  tabId: number,
  api: PagesApi,
  urls: string[],
): Promise<Map<string, string | null>> {
  await api.scripting.executeScript({
    target: { tabId },
    // Serialised into the tab: it may use only its arguments.
    func: (key: string, wanted: string[]) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = wanted;
    },
    args: [PAGES_REQUEST_KEY, urls],
  });
  const [injection] = await api.scripting.executeScript({
    target: { tabId },
    files: [PAGES_SCRIPT],
  });
  const parsed = v.safeParse(FetchedSchema, injection?.result);
  const found = new Map<string, string | null>();
  // Only what was asked for: anything else the page's process answers is ignored.
  if (parsed.success)
    for (const { url, markup } of parsed.output) if (urls.includes(url)) found.set(url, markup);
  return found;
}

/** A loader for collectPages: each wave's addresses go to the tab in one injection. */
function tabLoader(tabId: number, api: PagesApi, parse: ParseHtml): PageLoader {
  let batch: { url: string; resolve: (doc: Document | null) => void }[] = [];
  const flush = async (): Promise<void> => {
    const wave = batch;
    batch = [];
    const found = await fetchInTab(
      tabId,
      api,
      wave.map((entry) => entry.url),
    ).catch(() => new Map<string, string | null>());
    for (const { url, resolve } of wave) {
      const markup = found.get(url) ?? null;
      try {
        resolve(markup === null ? null : parseMarkup(markup, url, parse));
      } catch {
        resolve(null);
      }
    }
  };
  return (url) =>
    new Promise<Document | null>((resolve) => {
      if (!batch.length) queueMicrotask(() => void flush());
      batch.push({ url, resolve });
    });
}

/** Page one as the extension has it: its markup and address (src/platform/tab-markup.ts). */
export interface PageOne {
  markup: string;
  url: string;
}

/** The joined article of page one's further pages, or null when there was no answer in time. */
export async function readTabPages(
  tabId: number,
  api: PagesApi,
  page: PageOne,
  parse: ParseHtml,
  timeoutMs = PAGES_TIMEOUT_MS,
): Promise<PagesReading | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const work = (async () => {
    const doc = parseMarkup(page.markup, page.url, parse);
    const links = findPageLinks(doc, page.url);
    // One page only: nothing to fetch, and nothing is read twice.
    if (!links.showAll && links.pages.length === 0) return pagesReadingOf(tabId, null);
    const collected = await collectPages(doc, page.url, tabLoader(tabId, api, parse));
    // Page one's document is a parsed copy, ours to change.
    return pagesReadingOf(tabId, readPages(collected, page.url, { disposableDocument: true }));
  })().catch(() => null);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
