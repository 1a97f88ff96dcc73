// The popup's first script, a small classic one in the page's head: it starts reading the tab
// before the rest of the popup (Preact, the extraction, the views) has loaded, so the page
// serialises its markup while the popup's modules arrive. main.tsx picks the answer up.
// It uses the browser's own API (promises in MV3 Chrome and in Firefox), not the polyfill.
import { tabMarkup, type TabApi, type TabMarkup } from '../platform/tab-markup';
import { targetTabId, type TabsQuery } from './target-tab';
import { EARLY_READ_KEY } from './early-read';

const scope = globalThis as unknown as Record<string | symbol, unknown>;
const api = (scope.browser ?? scope.chrome) as TabApi & TabsQuery;

async function read(): Promise<TabMarkup> {
  const tabId = await targetTabId(location.search, api);
  if (tabId === null) return { ok: false, reason: 'error', detail: 'No tab to read.' };
  const page = await tabMarkup(tabId, api);
  // Stage marks for the browser benchmark (they stay on this device like every other number).
  if (page.ok)
    performance.mark('ringkas:injected', { startTime: page.doneAt - performance.timeOrigin });
  performance.mark('ringkas:result');
  return page;
}

scope[Symbol.for(EARLY_READ_KEY)] = read().catch((error: unknown): TabMarkup => ({
  ok: false,
  reason: 'error',
  detail: String(error),
}));

export const result = undefined;
