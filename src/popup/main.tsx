// Popup glue: the read of the tab started before this module loaded (early.ts), and runs in
// parallel with the settings load and the first render; the article is extracted here from the
// page's markup (DOMParser, in the extension's own cached code) and painted, and the digest
// follows.
import { render } from 'preact';
import browser from '../platform/browser';
import { articleOf, tabMarkup, type TabReading, type DigestedReading } from '../platform/read-tab';
import type { ParseHtml } from '../core/read-markup';
import { readTabPages, type PageOne, type JoinedPages } from '../platform/read-pages';
import { sanitizeHtml } from '../core/sanitize';
import { DEFAULT_SENTENCES } from '../core/summary/summarize';
import { translator, uiLanguage } from '../contracts/locales';
import { applySettings, loadSettings, saveSettings } from '../platform/settings-store';
import { browserSummary } from '../platform/browser-summarizer';
import { PopupApp, type PopupConnector, type SaveNotice } from './popup-app';
import { markupLanguage, takeEarlyRead } from './early-read';
import { targetTabId } from './target-tab';
import type { Notice } from '../ui/notice';
import './popup.css';

const parse: ParseHtml = (markup) => new DOMParser().parseFromString(markup, 'text/html');

type Reading = Extract<TabReading, { ok: true }>;

/** Page one of the reading on screen, as the tab gave it. */
let pageOne: PageOne | null = null;

async function readNow(): Promise<TabReading> {
  const page =
    takeEarlyRead() ??
    targetTabId(location.search, browser).then((tabId) =>
      tabId === null
        ? ({ ok: false, reason: 'error', detail: 'No tab to read.' } as const)
        : tabMarkup(tabId, browser),
    );
  const markup = await page;
  // The entity model of the page's language loads while the article is extracted and painted.
  const lang = markup.ok ? markupLanguage(markup.markup) : null;
  // Stage marks for the browser benchmark (they stay on this device like every other number).
  if (lang)
    void digester
      .then(({ prepareDigest }) => prepareDigest(lang))
      .then((at) => {
        if (at !== null)
          performance.mark('ringkas:model', { startTime: at - performance.timeOrigin });
      })
      .catch(() => undefined);
  // Kept for the article's further pages (issue 12): they are found on page one's markup.
  pageOne = markup.ok ? { markup: markup.markup, url: markup.url } : null;
  return articleOf(markup, parse);
}

// Nothing waits for anything else: the read, the digest's code and the settings go together.
const digester = import('../platform/digest');
let firstRead: Promise<TabReading> | null = readNow();
const settingsLoaded = loadSettings().catch(() => null);

// The library and the Markdown writer load when first used, so the popup opens on less code.
let store: Promise<import('../storage/library-store').LibraryStore> | null = null;
const library = () =>
  (store ??= import('../storage/library-store').then(({ LibraryStore }) => new LibraryStore()));

const settings = await settingsLoaded;

const lang = uiLanguage(settings?.uiLanguage, navigator);
const t = translator(lang);

const connector: PopupConnector = {
  read() {
    const reading = firstRead ?? readNow();
    firstRead = null;
    return reading;
  },
  async digest({ article }) {
    const { digestArticle } = await digester;
    const digest = await digestArticle(article, settings?.summarySentences ?? DEFAULT_SENTENCES);
    performance.mark('ringkas:digested');
    return digest;
  },
  async save({ article, digest }: DigestedReading): Promise<SaveNotice> {
    // Stored clean: the library keeps what it is given.
    const clean = { ...article, html: sanitizeHtml(article.html, window) };
    const result = await (await library()).save({ article: clean, digest });
    // The background fetches the images (issue 16): this popup may close before they arrive.
    if (result.ok)
      void browser.runtime
        .sendMessage({ type: 'library:keepImages', payload: { id: result.id } })
        .catch(() => undefined);
    if (result.ok)
      return {
        key: result.status === 'added' ? 'noticeSaved' : 'noticeUpdated',
        savedId: result.id,
      };
    return {
      key: result.reason === 'quota' ? 'noticeQuota' : 'noticeSaveFailed',
      values: [result.message],
      error: true,
    };
  },
  async readInPage({ tabId }) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content/reader.js'] });
    window.close();
    return null;
  },
  async copyMarkdown({ article, digest }: DigestedReading): Promise<Notice> {
    // Clean Markdown to paste (issue 15, item 6); the export files keep their front matter.
    const { clipboardMarkdown } = await import('../core/collection/markdown');
    const markdown = clipboardMarkdown(article, digest, window, (key) => t(key));
    await navigator.clipboard.writeText(markdown);
    return { key: 'noticeCopied' };
  },
  openOriginal({ article }) {
    void browser.tabs.create({ url: article.canonicalUrl || article.url });
  },
  async savedId({ article }) {
    const row = await (await library()).findByUrl(article.canonicalUrl, article.url);
    return row?.id ?? null;
  },
  openLibrary(articleId) {
    void browser.runtime
      .sendMessage({ type: 'library:open', payload: articleId ? { article: articleId } : {} })
      .then(() => window.close());
  },
  openSettings() {
    void browser.runtime.openOptionsPage().then(() => window.close());
  },
  setFactsCollapsed(collapsed) {
    // Read again before writing: another page may have changed a setting since this one opened.
    void loadSettings()
      .then((current) => saveSettings({ ...current, factsCollapsed: collapsed }))
      .catch(() => undefined);
  },
  ...(settings?.followPages !== false
    ? {
        readPages: async ({ tabId }: Reading, onPage?: (so: JoinedPages) => void) =>
          pageOne ? readTabPages(tabId, browser, pageOne, parse, undefined, onPage) : null,
      }
    : {}),
  ...(settings?.abstractiveSummary
    ? {
        abstractive: ({ article, digest }: DigestedReading) =>
          browserSummary(article.text, digest.lang),
      }
    : {}),
};

document.documentElement.lang = lang;
if (settings) applySettings(settings, document.documentElement);
const root = document.getElementById('app');
if (root)
  render(
    <PopupApp
      connector={connector}
      t={t}
      locale={lang}
      factsCollapsed={settings?.factsCollapsed ?? false}
    />,
    root,
  );
