// Where src/popup/early.ts leaves the tab's markup and the digest worker for main.tsx: registry
// symbols on the popup's window (the popup's own page; no other script runs there).
import type { TabMarkup } from '../platform/tab-markup';

export const EARLY_READ_KEY = 'ringkas.popupRead';
export const EARLY_WORKER_KEY = 'ringkas.digestWorker';

function take<T>(name: string): T | null {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for(name);
  const value = scope[key] as T | undefined;
  delete scope[key];
  return value ?? null;
}

/** The read the early script started, once: a retry reads again. */
export function takeEarlyRead(): Promise<TabMarkup> | null {
  return take<Promise<TabMarkup>>(EARLY_READ_KEY);
}

/** The digest worker the early script started (null if it could not start one). */
export function takeEarlyWorker(): Worker | null {
  return take<Worker>(EARLY_WORKER_KEY);
}

/**
 * The language a page's markup declares on its root element (`<html lang>`), read before the
 * markup is parsed: a hint for the entity model to load while the article is extracted. The
 * digest decides from the article itself.
 */
export function markupLanguage(markup: string): string | null {
  const tag = /<html\b[^>]*>/i.exec(markup.slice(0, 4096))?.[0];
  const lang = tag ? /\slang\s*=\s*["']?([a-z]{2,3})(?=[-_"'\s>])/i.exec(tag) : null;
  return lang ? lang[1]!.toLowerCase() : null;
}
