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
import { pageByPage, readPages } from '../core/read-page';
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

/** content/pages.js's loader answers with the markup of the address asked for (null: not loaded). */
const FetchedSchema = v.nullable(v.pipe(v.string(), v.maxLength(MAX_MARKUP_CHARS)));

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

/** The article joined from its pages (so far, or whole). */
export type JoinedPages = Extract<PagesReading, { status: 'joined' }>;

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
            func: (key: string, url: string) => unknown;
            args: [string, string];
          },
    ) => Promise<{ result?: unknown }[]>;
  };
}

/**
 * A loader for collectPages: content/pages.js is injected once, then its loader is called once
 * per address, in parallel, so that each page comes back as soon as it has loaded.
 */
function tabLoader(tabId: number, api: PagesApi, parse: ParseHtml): PageLoader {
  let installed: Promise<unknown> | null = null;
  const fetchOne = async (url: string): Promise<string | null> => {
    installed ??= api.scripting.executeScript({ target: { tabId }, files: [PAGES_SCRIPT] });
    await installed;
    const [injection] = await api.scripting.executeScript({
      target: { tabId },
      // Serialised into the tab: it may use only its arguments.
      func: (key: string, wanted: string) => {
        const load = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
        return typeof load === 'function' ? (load as (url: string) => unknown)(wanted) : null;
      },
      args: [PAGES_REQUEST_KEY, url],
    });
    const parsed = v.safeParse(FetchedSchema, injection?.result);
    return parsed.success ? parsed.output : null;
  };
  return async (url) => {
    const markup = await fetchOne(url).catch(() => null);
    if (markup === null) return null;
    try {
      return parseMarkup(markup, url, parse);
    } catch {
      return null;
    }
  };
}

/** Page one as the extension has it: its markup and address (src/platform/tab-markup.ts). */
export interface PageOne {
  markup: string;
  url: string;
}

/**
 * The joined article of page one's further pages, or null when there was no answer in time.
 * `onUpdate` hears of the article joined so far each time one more page (in reading order) has
 * come, before the whole; the answer is the whole.
 */
export async function readTabPages(
  tabId: number,
  api: PagesApi,
  page: PageOne,
  parse: ParseHtml,
  timeoutMs = PAGES_TIMEOUT_MS,
  onUpdate?: (reading: JoinedPages) => void,
): Promise<PagesReading | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  let done = false;
  const work = (async () => {
    const doc = parseMarkup(page.markup, page.url, parse);
    const links = findPageLinks(doc, page.url);
    // One page only: nothing to fetch, and nothing is read twice.
    if (!links.showAll && links.pages.length === 0) return pagesReadingOf(tabId, null);
    const reader = pageByPage(
      page.url,
      // Every document here comes from parseMarkup: a private copy, unclobbered.
      { disposableDocument: true, unclobbered: true },
      Boolean(links.showAll),
    );
    const told: number[] = [];
    let shown = 0;
    const collected = await collectPages(
      doc,
      page.url,
      tabLoader(tabId, api, parse),
      undefined,
      // The single-page version comes at once, whole: nothing to tell before it.
      links.showAll
        ? undefined
        : (settled) => {
            told.push(settled.number);
            reader.add(settled);
            if (!settled.doc || done || !onUpdate) return;
            const so = reader.reading(Math.max(told.length, 2));
            // Each page that adds to the article, once: page one alone is already on screen.
            if (so.joined <= Math.max(1, shown)) return;
            shown = so.joined;
            const update = pagesReadingOf(tabId, so);
            if (update?.status === 'joined') onUpdate(update);
          },
    );
    const inOrder = collected.pages.map((p) => p.number);
    // Every page told, in order: the pages read as they came are the whole article.
    if (
      !links.showAll &&
      told.join() === [...inOrder, ...collected.failed].sort((a, b) => a - b).join()
    )
      return pagesReadingOf(tabId, reader.reading(collected.total, collected.failed));
    // Page one's document is a parsed copy, ours to change.
    return pagesReadingOf(
      tabId,
      readPages(collected, page.url, { disposableDocument: true, unclobbered: true }),
    );
  })().catch(() => null);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    done = true;
    clearTimeout(timer);
  }
}
