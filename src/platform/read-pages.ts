// The further pages of the article in a tab, joined (issue 12): after readTab has shown page
// one, the popup and the background's save inject content/pages.js, which loads the pages
// from the tab itself (same origin, the page's credentials) and answers with the joined reading:
// the article alone, like content/read.js; the joined article's digest is computed by the caller.
import * as v from 'valibot';
import { ArticleReadResultSchema } from '../core/schema/read-result';
import { READ_OPTIONS_KEY, type ReadOptions } from '../contracts/read-options';
import type { TabApi } from './read-tab';
import type { TabReading } from '../contracts/tab-reading';

export const PAGES_SCRIPT = 'content/pages.js';

/** Ten pages in parallel waves of 8 s each, and their reading: say so when it takes longer. */
export const PAGES_TIMEOUT_MS = 30_000;

const pageNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));
const JoinedSchema = v.object({
  result: ArticleReadResultSchema,
  joined: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: pageNumber,
  failed: v.array(pageNumber),
});

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

export async function readTabPages(
  tabId: number,
  api: TabApi,
  options: ReadOptions,
  timeoutMs = PAGES_TIMEOUT_MS,
): Promise<PagesReading | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const work = (async () => {
    await api.scripting.executeScript({
      target: { tabId },
      func: (key: string, wanted: ReadOptions) => {
        (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = wanted;
      },
      args: [READ_OPTIONS_KEY, options],
    });
    const [injection] = await api.scripting.executeScript({
      target: { tabId },
      files: [PAGES_SCRIPT],
    });
    return pagesReadingOf(tabId, injection?.result ?? null);
  })().catch(() => null);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
