// Where src/popup/early.ts leaves the tab's markup for main.tsx: a registry symbol on the
// popup's window (the popup's own page; no other script runs there).
import type { TabMarkup } from '../platform/tab-markup';

export const EARLY_READ_KEY = 'ringkas.popupRead';

/** The read the early script started, once: a retry reads again. */
export function takeEarlyRead(): Promise<TabMarkup> | null {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for(EARLY_READ_KEY);
  const pending = scope[key] as Promise<TabMarkup> | undefined;
  delete scope[key];
  return pending ?? null;
}

/**
 * The language a page's markup declares on its root element (`<html lang>`), read before the
 * markup is parsed: a hint for the entity model to load while the article is extracted and
 * painted. The digest decides from the article itself.
 */
export function markupLanguage(markup: string): string | null {
  const tag = /<html\b[^>]*>/i.exec(markup.slice(0, 4096))?.[0];
  const lang = tag ? /\slang\s*=\s*["']?([a-z]{2,3})(?=[-_"'\s>])/i.exec(tag) : null;
  return lang ? lang[1]!.toLowerCase() : null;
}
