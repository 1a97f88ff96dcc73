// Sanitising for the background, which has no DOM in Chrome: the HTML goes into the tab's
// isolated world (out of the page's reach) and content/sanitize.js hands back its clean form.
import type { Browser } from 'webextension-polyfill';

/** The name of a registry symbol (Symbol.for), out of reach of elements named after it. */
export const SANITIZE_INPUT_KEY = 'ringkas.sanitizeInput';
export const SANITIZE_SCRIPT = 'content/sanitize.js';

export async function sanitizeInTab(
  tabId: number,
  html: string,
  api: Pick<Browser, 'scripting'>,
): Promise<string> {
  await api.scripting.executeScript({
    target: { tabId },
    // Serialised into the tab: it may use only its arguments.
    func: (key: string, value: string) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = value;
    },
    args: [SANITIZE_INPUT_KEY, html],
  });
  const [injection] = await api.scripting.executeScript({
    target: { tabId },
    files: [SANITIZE_SCRIPT],
  });
  const clean: unknown = injection?.result;
  if (typeof clean !== 'string')
    throw new Error('The page could not prepare the article for saving.');
  return clean;
}
