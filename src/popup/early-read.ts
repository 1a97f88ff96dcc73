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
