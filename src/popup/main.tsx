// Popup glue: the read of the tab started before this module loaded (early.ts), and runs in
// parallel with the settings load and the first render; the article is extracted here from the
// page's markup (DOMParser, in the extension's own cached code) and painted. The digest is the
// background's, as for the in-page reader (issue 17): asked for the page's declared language as
// soon as the markup comes (the background loads that model meanwhile) and for the article as
// soon as it is extracted, so neither the model nor the digest's code is ever loaded on this
// thread, which paints the article.
import { render } from 'preact';
import browser from '../platform/browser';
import { articleOf, tabMarkup, type TabReading, type DigestedReading } from '../platform/read-tab';
import type { ParseHtml } from '../core/read-markup';
import { readTabPages, type PageOne, type JoinedPages } from '../platform/read-pages';
import { sanitizeHtml } from '../core/sanitize';
import { DEFAULT_SENTENCES } from '../core/summary/defaults';
import { translator, uiLanguage } from '../contracts/locales';
import { applySettings, loadSettings, saveSettings } from '../platform/settings-store';
import { browserSummary } from '../platform/browser-summarizer';
import { PopupApp, type PopupConnector, type SaveNotice } from './popup-app';
import { markupLanguage, takeEarlyRead } from './early-read';
import type { DigestInput } from '../platform/model-digester';
import type { Article, Digest } from '../core/types';
import { parseDigest } from '../contracts/read-result';
import { targetTabId } from './target-tab';
import type { Notice } from '../ui/notice';
import './popup.css';

const parse: ParseHtml = (markup) => new DOMParser().parseFromString(markup, 'text/html');

type Reading = Extract<TabReading, { ok: true }>;

/** Page one of the reading on screen, as the tab gave it. */
let pageOne: PageOne | null = null;

// Nothing waits for anything else: the read and the settings go together.
const settingsLoaded = loadSettings().catch(() => null);

/** A digest that has not come by then is given up (the card then says nothing). */
const DIGEST_TIMEOUT_MS = 15_000;

/** The background's answer to a message, or null if it gave none in time. */
async function ask(message: unknown, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      browser.runtime.sendMessage(message),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The article's digest, from the background; checked against its schema before it is used. */
async function digestOf(article: DigestInput): Promise<Digest> {
  const sentences = (await settingsLoaded)?.summarySentences ?? DEFAULT_SENTENCES;
  const { text, lang, publishedTime, title } = article;
  const answer = (await ask(
    {
      type: 'digest:compute',
      payload: {
        text,
        lang,
        publishedTime,
        title: title.slice(0, 2000),
        summarySentences: sentences,
      },
    },
    DIGEST_TIMEOUT_MS,
  )) as { digest?: unknown } | null;
  const digest = parseDigest(answer?.digest);
  performance.mark('ringkas:digested');
  if (!digest) throw new Error('No digest.');
  return digest;
}

/** The digest asked for as soon as the first article was extracted, before it was painted. */
let early: { article: Article; digest: Promise<Digest> } | null = null;

async function readNow(): Promise<TabReading> {
  const page =
    takeEarlyRead() ??
    targetTabId(location.search, browser).then((tabId) =>
      tabId === null
        ? ({ ok: false, reason: 'error', detail: 'No tab to read.' } as const)
        : tabMarkup(tabId, browser),
    );
  const markup = await page;
  // The background loads the entity model of the page's language while the article is
  // extracted and painted here.
  const lang = markup.ok ? markupLanguage(markup.markup) : null;
  // Stage marks for the browser benchmark (they stay on this device like every other number).
  if (lang)
    void ask({ type: 'digest:prepare', payload: { lang } }, DIGEST_TIMEOUT_MS)
      .then((answer) => {
        const at = (answer as { at?: unknown } | null)?.at;
        if (typeof at === 'number' && Number.isFinite(at))
          performance.mark('ringkas:model', { startTime: at - performance.timeOrigin });
      })
      .catch(() => undefined);
  // Kept for the article's further pages (issue 12): they are found on page one's markup.
  pageOne = markup.ok ? { markup: markup.markup, url: markup.url } : null;
  const reading = articleOf(markup, parse);
  // The background digests while this thread paints the article.
  if (reading.ok) {
    const digest = digestOf(reading.article);
    digest.catch(() => undefined);
    early = { article: reading.article, digest };
  }
  return reading;
}

let firstRead: Promise<TabReading> | null = readNow();

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
  digest({ article }) {
    if (early?.article === article) return early.digest;
    return digestOf(article);
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
