// The popup's first script, a small classic one in the page's head: it starts reading the tab
// before the rest of the popup (Preact, the extraction, the views) has loaded, so the page
// serialises its markup while the popup's modules arrive, and it starts the digest worker
// (src/platform/digest-worker.ts), told the page's language as soon as the markup says it, so
// the entity model loads meanwhile. main.tsx picks both up.
// It uses the browser's own API (promises in MV3 Chrome and in Firefox), not the polyfill.
import { tabMarkup, type TabApi, type TabMarkup } from '../platform/tab-markup';
import { MAX_SAMPLE_CHARS, type DigestWorkerRequest } from '../contracts/digest-worker';
import { targetTabId, type TabsQuery } from './target-tab';
import { EARLY_READ_KEY, EARLY_WORKER_KEY, markupLanguage, markupSample } from './early-read';

const scope = globalThis as unknown as Record<string | symbol, unknown>;
const api = (scope.browser ?? scope.chrome) as TabApi & TabsQuery;

function startWorker(): Worker | null {
  try {
    return new Worker('digest-worker.js');
  } catch {
    return null;
  }
}

const worker = startWorker();
scope[Symbol.for(EARLY_WORKER_KEY)] = worker;

async function read(): Promise<TabMarkup> {
  const tabId = await targetTabId(location.search, api);
  if (tabId === null) return { ok: false, reason: 'error', detail: 'No tab to read.' };
  const page = await tabMarkup(tabId, api);
  if (page.ok) {
    const lang = markupLanguage(page.markup);
    const sample = markupSample(page.markup, MAX_SAMPLE_CHARS);
    if (lang)
      worker?.postMessage({
        type: 'prepare',
        lang,
        ...(sample ? { sample } : {}),
      } satisfies DigestWorkerRequest);
    // Stage marks for the browser benchmark (they stay on this device like every other number).
    performance.mark('ringkas:injected', { startTime: page.doneAt - performance.timeOrigin });
  }
  performance.mark('ringkas:result');
  return page;
}

scope[Symbol.for(EARLY_READ_KEY)] = read().catch((error: unknown): TabMarkup => ({
  ok: false,
  reason: 'error',
  detail: String(error),
}));

export const result = undefined;
