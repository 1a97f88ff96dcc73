// Popup glue: which tab to read (?tab=ID, or the active tab), then hand the screen a connector.
import { render } from 'preact';
import browser from '../shared/browser';
import { readTab, type TabReading } from '../shared/read-tab';
import { translator, uiLanguage } from '../shared/locales';
import { PopupApp, type PopupConnector } from './popup-app';
import './popup.css';

async function targetTabId(): Promise<number | null> {
  const asked = new URLSearchParams(location.search).get('tab');
  if (asked !== null) {
    const id = Number(asked);
    return Number.isSafeInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const connector: PopupConnector = {
  async read(): Promise<TabReading> {
    const tabId = await targetTabId();
    if (tabId === null) return { ok: false, reason: 'error', detail: 'No tab to read.' };
    return readTab(tabId);
  },
};

const lang = uiLanguage(null);
document.documentElement.lang = lang;
const root = document.getElementById('app');
if (root) render(<PopupApp connector={connector} t={translator(lang)} locale={lang} />, root);
