// Settings in storage.sync, read and written whole under one key (through the browser's own API:
// the in-page reader carries this module, and storage needs no polyfill).
import browser from './native-browser';
import { parseSettings, type Settings } from '../contracts/settings';

const KEY = 'settings';

export async function loadSettings(api = browser): Promise<Settings> {
  const stored = await api.storage.sync.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings, api = browser): Promise<void> {
  await api.storage.sync.set({ [KEY]: parseSettings(settings) });
}

export function onSettingsChanged(
  listener: (settings: Settings) => void,
  api = browser,
): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) listener(parseSettings(changes[KEY].newValue));
  };
  api.storage.onChanged.addListener(handler);
  return () => api.storage.onChanged.removeListener(handler);
}

/** Applies the look to a document: theme, font and sizes. */
export function applySettings(settings: Settings, root: HTMLElement): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.printFacts = String(settings.printFacts);
  root.style.setProperty('--text-size', `${settings.textSize}px`);
  root.style.setProperty('--measure', `${settings.lineWidth}ch`);
  root.style.setProperty('--line-height', String(settings.lineHeight));
}
