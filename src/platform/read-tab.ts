// Reads one tab: decides from its URL whether the browser allows it, injects the read script,
// and checks what comes back. The popup, the in-page reader and the library's "save" use it.
import type { Browser } from 'webextension-polyfill';
import { classifyInjectionError, classifyPageUrl } from '../core/page-access';
import { parseReadResult } from '../contracts/read-result';
import { READ_OPTIONS_KEY, type ReadOptions } from '../contracts/read-options';
import type { TabReading } from '../contracts/tab-reading';

export type { PageFailure, TabReading } from '../contracts/tab-reading';

export const READ_SCRIPT = 'content/read.js';

/** A page whose own scripts keep its thread busy cannot run the read script; say so in time. */
export const READ_TIMEOUT_MS = 20_000;

export type TabApi = Pick<Browser, 'tabs' | 'scripting'>;

export async function readTab(
  tabId: number,
  api: TabApi,
  options: Partial<ReadOptions> = {},
  timeoutMs = READ_TIMEOUT_MS,
): Promise<TabReading> {
  const wanted: ReadOptions = { sanitize: options.sanitize ?? false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<TabReading>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          reason: 'timeout',
          detail: `No answer from the page in ${timeoutMs / 1000} s.`,
        }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([readTabNow(tabId, api, wanted), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readTabNow(tabId: number, api: TabApi, options: ReadOptions): Promise<TabReading> {
  let url: string | undefined;
  try {
    const tab = await api.tabs.get(tabId);
    url = tab.url ?? tab.pendingUrl;
  } catch (error) {
    return { ok: false, reason: 'error', detail: errorText(error) };
  }
  // The browser hides a tab's address exactly when the extension may not read that tab (after a
  // toolbar click, activeTab shows it). Injecting anyway can hang (view-source: tabs never answer).
  if (!url)
    return {
      ok: false,
      reason: 'forbidden',
      detail: 'The browser does not show this tab to extensions.',
    };
  const access = classifyPageUrl(url);
  if (access === 'forbidden') return { ok: false, reason: 'forbidden', detail: url };
  // A URL ending in .pdf may still serve HTML: the read script checks the document's type, and
  // the URL decides only when injection fails.
  let value: unknown;
  try {
    // Options travel into the script's isolated world first; the page cannot see or change them.
    await api.scripting.executeScript({
      target: { tabId },
      // Serialised into the tab: it may use only its arguments.
      func: (key: string, options: ReadOptions) => {
        (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = options;
      },
      args: [READ_OPTIONS_KEY, options],
    });
    const [injection] = await api.scripting.executeScript({
      target: { tabId },
      files: [READ_SCRIPT],
    });
    value = injection?.result;
  } catch (error) {
    const text = errorText(error);
    if (classifyInjectionError(text) === 'forbidden' || access === 'not-html') {
      return { ok: false, reason: access === 'not-html' ? 'not-html' : 'forbidden', detail: text };
    }
    return { ok: false, reason: 'error', detail: text };
  }
  const result = parseReadResult(value);
  if (!result)
    return {
      ok: false,
      reason: 'error',
      detail: 'The page answered with something Ringkas does not understand.',
    };
  if (!result.ok) return { ok: false, reason: result.reason, detail: result.message };
  return { ok: true, tabId, article: result.article, ms: result.ms };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
