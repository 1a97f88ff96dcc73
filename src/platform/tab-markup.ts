// Asks a tab for its markup: decides from its URL whether the browser allows it, injects the
// read script and checks what comes back. Small on purpose: the popup's first script
// (src/popup/early.ts) runs it while the rest of the popup loads.
import { classifyInjectionError, classifyPageUrl } from '../core/page-access';
import type { TabFailure } from '../contracts/tab-reading';
import { parsePageMarkup } from '../contracts/page-markup';

export type { PageFailure, TabFailure } from '../contracts/tab-reading';

export type TabMarkup =
  { ok: true; tabId: number; markup: string; url: string; doneAt: number } | TabFailure;

export const READ_SCRIPT = 'content/read.js';

/** A page whose own scripts keep its thread busy cannot run the read script; say so in time. */
export const READ_TIMEOUT_MS = 20_000;

/** What reading a tab needs of the browser (webextension-polyfill's, or the raw API). */
export interface TabApi {
  tabs: {
    get: (tabId: number) => Promise<{ url?: string | undefined; pendingUrl?: string | undefined }>;
  };
  scripting: {
    executeScript: (details: {
      target: { tabId: number };
      files: string[];
    }) => Promise<{ result?: unknown }[]>;
  };
}

/** The tab's markup from the read script, or why there is none, within the time allowed. */
export async function tabMarkup(
  tabId: number,
  api: TabApi,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<TabMarkup> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<TabFailure>((resolve) => {
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
    return await Promise.race([tabMarkupNow(tabId, api), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function tabMarkupNow(tabId: number, api: TabApi): Promise<TabMarkup> {
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
  const result = parsePageMarkup(value);
  if (!result)
    return {
      ok: false,
      reason: 'error',
      detail: 'The page answered with something Ringkas does not understand.',
    };
  if (!result.ok) return { ok: false, reason: result.reason, detail: result.message };
  return { ok: true, tabId, markup: result.markup, url: result.url, doneAt: result.doneAt };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
