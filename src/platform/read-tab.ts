// Reads one tab: its markup (src/platform/tab-markup.ts), then the article extracted from it here,
// in the extension (src/core/read-markup.ts). The digest (facts, summary) is a later step: the
// article is shown first. The popup, the in-page reader (through the background) and every
// save follow this path.
import { readMarkup, type ParseHtml } from '../core/read-markup';
import type { TabReading } from '../contracts/tab-reading';
import { READ_TIMEOUT_MS, tabMarkup, type TabApi, type TabMarkup } from './tab-markup';

export * from './tab-markup';

export type { DigestedReading, TabReading } from '../contracts/tab-reading';

/** The tab's article, extracted from its markup with the given parser. */
export async function readTab(
  tabId: number,
  api: TabApi,
  parse: ParseHtml,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<TabReading> {
  return articleOf(await tabMarkup(tabId, api, timeoutMs), parse);
}

export function articleOf(page: TabMarkup, parse: ParseHtml): TabReading {
  if (!page.ok) return page;
  const read = readMarkup(page.markup, page.url, parse);
  if (!read.ok) return { ok: false, reason: read.reason, detail: read.message };
  return { ok: true, tabId: page.tabId, article: read.article, ms: read.ms };
}
