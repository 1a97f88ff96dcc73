// Reader settings: one schema, defaults for everything, stored in storage.sync so they follow
// the reader across devices. Anything malformed in storage falls back to the default.
import * as v from 'valibot';
import { DEFAULT_SENTENCES } from '../core/summary/defaults';
import { parseSiteInput } from './sites';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['serif', 'sans', 'legible'] as const;

/** More sites than anyone keeps in reading mode; a longer synced list is cut, not refused. */
export const MAX_AUTO_SITES = 500;

/**
 * Synced settings come from every device of the reader and from older versions: each entry of
 * the site list is checked on its own, a bad one (`javascript:alert(1)`, a number, a path) is
 * dropped and the others are kept, as origins, once each (issue 13, item 11).
 */
export function cleanAutoSites(list: readonly unknown[]): string[] {
  const origins: string[] = [];
  for (const entry of list) {
    if (typeof entry !== 'string' || entry.length > 2048) continue;
    const site = parseSiteInput(entry);
    if (site.ok && !origins.includes(site.origin)) origins.push(site.origin);
    if (origins.length >= MAX_AUTO_SITES) break;
  }
  return origins;
}

export const SettingsSchema = v.object({
  theme: v.fallback(v.picklist(THEMES), 'system'),
  font: v.fallback(v.picklist(FONTS), 'serif'),
  /** Text size in px. */
  textSize: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(12), v.maxValue(32)), 18),
  /** Line width in characters (the measure). */
  lineWidth: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(40), v.maxValue(100)), 68),
  lineHeight: v.fallback(v.pipe(v.number(), v.minValue(1.2), v.maxValue(2.2)), 1.6),
  /** '' follows the browser; otherwise a UI language code. */
  uiLanguage: v.fallback(v.picklist(['', 'en', 'id']), ''),
  /** Origins ("https://example.com") that open in reading mode by themselves. */
  autoSites: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((list: unknown[]) => cleanAutoSites(list)),
    ),
    [],
  ),
  /** Show the browser's on-device abstractive summary beside ours, where it exists. */
  abstractiveSummary: v.fallback(v.boolean(), false),
  /** Join an article's further pages (same origin only, fetched from the tab; issue 12). */
  followPages: v.fallback(v.boolean(), true),
  /** Print the key facts card with the article (issue 15, item 4). */
  printFacts: v.fallback(v.boolean(), false),
  /** Keep a saved article's images on the device, to read it offline (issue 16); takes
   * effect once the reader has allowed Ringkas to fetch them (optional host access). */
  keepImages: v.fallback(v.boolean(), true),
  /** The key-facts card folded to its heading line (issue 15, item 2), in every surface. */
  factsCollapsed: v.fallback(v.boolean(), false),
  summarySentences: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
    DEFAULT_SENTENCES,
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function parseSettings(raw: unknown): Settings {
  const object = typeof raw === 'object' && raw !== null ? raw : {};
  return v.parse(SettingsSchema, object);
}
