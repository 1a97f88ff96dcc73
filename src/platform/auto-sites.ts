// Keeps the registered reading-mode content script in step with the chosen sites and with the
// permissions the browser actually granted (a site whose permission was taken back is skipped).
import type { Browser } from 'webextension-polyfill';
import { originPattern } from '../contracts/sites';
import { cleanAutoSites, type Settings } from '../contracts/settings';

export const AUTO_SCRIPT_ID = 'ringkas-auto-reader';
export const AUTO_SCRIPT_FILES = ['content/auto.js', 'content/reader.js'];

export async function syncAutoSites(
  settings: Settings,
  api: Pick<Browser, 'permissions' | 'scripting'>,
): Promise<string[]> {
  const patterns: string[] = [];
  // Entry by entry: one that slipped past the settings check (the browser throws on a pattern
  // it cannot parse) is skipped, and never keeps a removed site registered.
  for (const site of cleanAutoSites(settings.autoSites)) {
    const pattern = originPattern(site);
    if (patterns.includes(pattern)) continue;
    const granted = await api.permissions.contains({ origins: [pattern] }).catch(() => false);
    if (granted) patterns.push(pattern);
  }
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (registered.length) await api.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (patterns.length) {
    await api.scripting.registerContentScripts([
      {
        id: AUTO_SCRIPT_ID,
        matches: patterns,
        js: AUTO_SCRIPT_FILES,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return patterns;
}
