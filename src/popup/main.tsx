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
import { applySettings, loadSettings } from '../platform/settings-store';
import { browserSummary } from '../platform/browser-summarizer';
import { PopupApp, type PopupConnector } from './popup-app';
import { takeEarlyRead } from './early-read';
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
  // Kept for the article's further pages (issue 12): they are found on page one's markup.
  pageOne = markup.ok ? { markup: markup.markup, url: markup.url } : null;
  return articleOf(markup, parse);
}

// Nothing waits for anything else: the read, the digest's code and the settings go together.
let firstRead: Promise<TabReading> | null = readNow();
const digester = import('../platform/digest');
const settingsLoaded = loadSettings().catch(() => null);

// The library and the Markdown writer load when first used, so the popup opens on less code.
let store: Promise<import('../storage/library-store').LibraryStore> | null = null;
const library = () =>
  (store ??= import('../storage/library-store').then(({ LibraryStore }) => new LibraryStore()));

const settings = await settingsLoaded;

const connector: PopupConnector = {
  read() {
    const reading = firstRead ?? readNow();
    firstRead = null;
    return reading;
  },
  async digest({ article }) {
    const { digestArticle } = await digester;
    return digestArticle(article, settings?.summarySentences ?? DEFAULT_SENTENCES);
  },
  async save({ article, digest }: DigestedReading): Promise<Notice> {
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
  async readInPage({ tabId }) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content/reader.js'] });
    window.close();
    return null;
  },
  async copyMarkdown({ article, digest }: DigestedReading): Promise<Notice> {
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
  openOriginal({ article }) {
    void browser.tabs.create({ url: article.canonicalUrl || article.url });
  },
  openLibrary() {
    void browser.runtime
      .sendMessage({ type: 'library:open', payload: {} })
      .then(() => window.close());
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

const lang = uiLanguage(settings?.uiLanguage, navigator);
document.documentElement.lang = lang;
if (settings) applySettings(settings, document.documentElement);
const root = document.getElementById('app');
if (root) render(<PopupApp connector={connector} t={translator(lang)} locale={lang} />, root);
