// Reader settings: one schema, defaults for everything, stored in storage.sync so they follow
// the reader across devices. Anything malformed in storage falls back to the default.
import * as v from 'valibot';
import { DEFAULT_SENTENCES } from '../core/summary/summarize';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['serif', 'sans', 'legible'] as const;

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
  autoSites: v.fallback(v.array(v.pipe(v.string(), v.url())), []),
  /** Show the browser's on-device abstractive summary beside ours, where it exists. */
  abstractiveSummary: v.fallback(v.boolean(), false),
  /** Join an article's further pages (same origin only, fetched from the tab; issue 12). */
  followPages: v.fallback(v.boolean(), true),
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
