// The background only registers listeners and routes validated messages; decisions live in
// src/core and src/shared where they are tested without a browser.
import browser, { type Runtime, type Menus, type Tabs } from '../shared/browser';
import { senderKind, validateMessage, type Message } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { syncAutoSites } from '../shared/auto-sites';
import { readTab } from '../shared/read-tab';
import { LibraryStore, type SaveResult } from '../shared/library-store';
import { translator, uiLanguage } from '../shared/locales';
import { originPattern } from '../shared/sites';

const extensionOrigin = browser.runtime.getURL('');
const READER_SCRIPT = 'content/reader.js';
let store: LibraryStore | null = null;
const library = () => (store ??= new LibraryStore());

async function saveTab(
  tabId: number,
): Promise<SaveResult | { ok: false; reason: string; message: string }> {
  const settings = await loadSettings();
  const reading = await readTab(tabId, browser, {
    summarySentences: settings.summarySentences,
    sanitize: true,
  });
  if (!reading.ok) return { ok: false, reason: reading.reason, message: reading.detail };
  return library().save({ article: reading.article, digest: reading.digest });
}

async function openLibrary(): Promise<void> {
  const url = browser.runtime.getURL('library.html');
  const [open] = await browser.tabs.query({ url: `${url}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}

async function toggleReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
}

/** A short sign on the toolbar button after a save from the menu, where no page can show it. */
async function signal(tabId: number, ok: boolean): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#14532d' : '#b91c1c' });
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  setTimeout(
    () => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined),
    4000,
  );
}

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'library:open':
      await openLibrary();
      return { ok: true };
    case 'tab:save': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'no tab' };
      const result = await saveTab(tabId);
      return result.ok ? result : { ok: false, reason: result.reason, error: result.message };
    }
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const checked = validateMessage(raw, senderKind(sender, browser.runtime.id, extensionOrigin));
  if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
  return handle(checked.message, sender).catch((error: unknown) => ({
    ok: false,
    error: String(error),
  }));
});

async function runCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== 'toggle-reader') return;
  const target =
    tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (target !== undefined) await toggleReader(target).catch(() => undefined);
}

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  void runCommand(command, tab);
});
// Headless browsers have no keyboard accelerators, so the browser tests call the same handler
// the shortcut calls. Only code running inside this worker can reach it.
(globalThis as Record<string, unknown>).ringkasCommands = { runCommand };

async function createMenus(): Promise<void> {
  const settings = await loadSettings().catch(() => null);
  const t = translator(uiLanguage(settings?.uiLanguage, self.navigator));
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: 'ringkas-read',
    title: t('menuRead'),
    contexts: ['page', 'link'],
  });
  browser.contextMenus.create({
    id: 'ringkas-save',
    title: t('menuSave'),
    contexts: ['page', 'link'],
  });
  browser.contextMenus.create({
    id: 'ringkas-library',
    title: t('menuLibrary'),
    contexts: ['action'],
  });
}

/** Opens a link in a new tab and resolves with its id once it has loaded. */
function openAndWait(url: string, active: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    void browser.tabs.create({ url, active }).then((tab) => {
      if (tab.id === undefined) return reject(new Error('no tab'));
      const id = tab.id;
      const listener = (tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
        if (tabId === id && change.status === 'complete') {
          browser.tabs.onUpdated.removeListener(listener);
          resolve(id);
        }
      };
      browser.tabs.onUpdated.addListener(listener);
    }, reject);
  });
}

browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
  void (async () => {
    if (info.menuItemId === 'ringkas-library') return openLibrary();
    const save = info.menuItemId === 'ringkas-save';
    if (info.linkUrl) {
      // A link is another page: reading it needs that site's permission, asked now, while the
      // click still counts as the reader's gesture.
      let pattern: string;
      try {
        pattern = originPattern(new URL(info.linkUrl).origin);
      } catch {
        return;
      }
      const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
      const tabId = await openAndWait(info.linkUrl, !save);
      if (!granted) return;
      if (save) {
        const result = await saveTab(tabId);
        await browser.tabs.remove(tabId);
        if (tab?.id !== undefined) await signal(tab.id, result.ok);
      } else {
        await toggleReader(tabId);
      }
      return;
    }
    if (tab?.id === undefined) return;
    if (save) await signal(tab.id, (await saveTab(tab.id)).ok);
    else await toggleReader(tab.id);
  })().catch(() => undefined);
});

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  // An update clears registered content scripts: put the reader's sites back.
  void loadSettings()
    .then((settings) => syncAutoSites(settings, browser))
    .catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => {
  void createMenus();
});
onSettingsChanged((settings) => {
  void syncAutoSites(settings, browser).catch(() => undefined);
  void createMenus().catch(() => undefined);
});
browser.permissions.onRemoved.addListener(() => {
  void loadSettings()
    .then((settings) => syncAutoSites(settings, browser))
    .catch(() => undefined);
});

export const result = undefined;
