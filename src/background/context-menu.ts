// The context menu: its entries (in the reader's UI language) and what a click on one does.
import browser, { type Menus, type Tabs } from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { translator, uiLanguage } from '../contracts/locales';
import { originPattern } from '../contracts/sites';
import { openLibrary, saveTab, signal, toggleReader } from './tab-actions';

export async function createMenus(): Promise<void> {
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

export async function onMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
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
}
