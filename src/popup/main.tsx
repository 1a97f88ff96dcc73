// Popup glue: which tab to read (?tab=ID, or the active tab), then hand the screen a connector.
import { render } from 'preact';
import browser from '../platform/browser';
import { readTab, type TabReading } from '../platform/read-tab';
import { readTabPages } from '../platform/read-pages';
import { sanitizeHtml } from '../core/sanitize';
import { DEFAULT_SENTENCES } from '../core/summary/summarize';
import { translator, uiLanguage } from '../contracts/locales';
import { applySettings, loadSettings } from '../platform/settings-store';
import { browserSummary } from '../platform/browser-summarizer';
import { digestArticle } from '../platform/digest';
import type { Digest } from '../core/types';
import { PopupApp, type PopupConnector } from './popup-app';
import type { Notice } from '../ui/notice';
import './popup.css';

type Reading = Extract<TabReading, { ok: true }>;
type Digested = Reading & { digest: Digest };

async function targetTabId(): Promise<number | null> {
  const asked = new URLSearchParams(location.search).get('tab');
  if (asked !== null) {
    const id = Number(asked);
    return Number.isSafeInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const settings = await loadSettings().catch(() => null);
// The library and the Markdown writer load when first used, so the popup opens on less code.
let store: Promise<import('../storage/library-store').LibraryStore> | null = null;
const library = () =>
  (store ??= import('../storage/library-store').then(({ LibraryStore }) => new LibraryStore()));

const connector: PopupConnector = {
  async read() {
    const tabId = await targetTabId();
    if (tabId === null) return { ok: false, reason: 'error', detail: 'No tab to read.' };
    return readTab(tabId, browser);
  },
  digest: ({ article }: Reading) =>
    digestArticle(article, settings?.summarySentences ?? DEFAULT_SENTENCES),
  async save({ article, digest }: Digested): Promise<Notice> {
    // Stored clean: the library keeps what it is given.
    const clean = { ...article, html: sanitizeHtml(article.html, window) };
    const result = await (await library()).save({ article: clean, digest });
    if (result.ok) return { key: result.status === 'added' ? 'noticeSaved' : 'noticeUpdated' };
    return {
      key: result.reason === 'quota' ? 'noticeQuota' : 'noticeSaveFailed',
      values: [result.message],
      error: true,
    };
  },
  async readInPage({ tabId }: Reading) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content/reader.js'] });
    window.close();
    return null;
  },
  async copyMarkdown({ article, digest }: Digested): Promise<Notice> {
    const [{ articleToMarkdown }, { makeSavedArticle }] = await Promise.all([
      import('../core/collection/markdown'),
      import('../core/collection/record'),
    ]);
    const markdown = articleToMarkdown(
      makeSavedArticle({ article, digest }, 'clipboard', Date.now()),
      window,
    );
    await navigator.clipboard.writeText(markdown);
    return { key: 'noticeCopied' };
  },
  openOriginal({ article }: Reading) {
    void browser.tabs.create({ url: article.canonicalUrl || article.url });
  },
  openLibrary() {
    void browser.runtime
      .sendMessage({ type: 'library:open', payload: {} })
      .then(() => window.close());
  },
  ...(settings?.followPages !== false
    ? {
        readPages: ({ tabId }: Reading) => readTabPages(tabId, browser, { sanitize: false }),
      }
    : {}),
  ...(settings?.abstractiveSummary
    ? { abstractive: ({ article, digest }: Digested) => browserSummary(article.text, digest.lang) }
    : {}),
};

const lang = uiLanguage(settings?.uiLanguage, navigator);
document.documentElement.lang = lang;
if (settings) applySettings(settings, document.documentElement);
const root = document.getElementById('app');
if (root) render(<PopupApp connector={connector} t={translator(lang)} locale={lang} />, root);
