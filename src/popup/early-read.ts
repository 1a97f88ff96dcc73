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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A short text of the page from its markup's head (its title, then its description), for the
 * digest worker to warm up on while the article is extracted; empty when the head has neither.
 */
export function markupSample(markup: string, limit: number): string {
  const head = markup.slice(0, 65_536);
  const title = /<title\b[^>]*>([^<]{1,500})<\/title>/i.exec(head)?.[1] ?? '';
  const meta = /<meta\b[^>]*\bname\s*=\s*["']?description["'\s][^>]*>/i.exec(head)?.[0] ?? '';
  const description = /\bcontent\s*=\s*"([^"]{1,600})"/i.exec(meta)?.[1] ?? '';
  const text = decodeEntities(`${title.trim()}\n\n${description.trim()}`.trim());
  return text.replace(/[ \t\r]+/g, ' ').slice(0, limit);
}
