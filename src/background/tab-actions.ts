// What the background does to a tab: read and save it, open the library, toggle the in-page
// reader, and sign a result on the toolbar button. background.ts and the context menu call these.
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { articleOf, tabMarkup } from '../platform/read-tab';
import { sanitizeInTab } from '../platform/sanitize-in-tab';
import { digestArticle } from '../platform/digest';
import { parseHtml } from './parse-html';
import { readTabPages } from '../platform/read-pages';
import { LibraryStore, type SaveResult } from '../storage/library-store';
import type { SaveInput } from '../core/collection/record';

const READER_SCRIPT = 'content/reader.js';
let store: LibraryStore | null = null;
const library = () => (store ??= new LibraryStore());

export async function saveTab(
  tabId: number,
): Promise<SaveResult | { ok: false; reason: string; message: string }> {
  const settings = await loadSettings();
  const page = await tabMarkup(tabId, browser);
  const reading = articleOf(page, parseHtml);
  if (!reading.ok) return { ok: false, reason: reading.reason, message: reading.detail };
  // The whole article is saved when it is split over pages (issue 12); page one when not.
  const pages =
    settings.followPages && page.ok
      ? await readTabPages(tabId, browser, { markup: page.markup, url: page.url }, parseHtml)
      : null;
  const article = pages?.status === 'joined' ? pages.reading.article : reading.article;
  // The digest (of the joined article when there is one) is computed here, with the entity
  // model, not in the page.
  const digest = await digestArticle(article, settings.summarySentences);
  // Stored clean: sanitised once, where it goes into the library (in the tab: no DOM here).
  const html = await sanitizeInTab(tabId, article.html, browser);
  return library().save({ article: { ...article, html }, digest });
}

/** Saves the article the in-page reader shows, as it sent it (checked by the caller). */
export function saveShown(input: SaveInput): Promise<SaveResult> {
  return library().save(input);
}

/** Shows the library (the open tab, or a new one), on a saved article's page when given its id. */
export async function openLibrary(articleId?: string): Promise<void> {
  const url = browser.runtime.getURL('library.html');
  const target = articleId ? `${url}#article=${encodeURIComponent(articleId)}` : null;
  const [open] = await browser.tabs.query({ url: `${url}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, target ? { active: true, url: target } : { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: target ?? url });
  }
}

export async function toggleReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
}

/** A short sign on the toolbar button after a save from the menu, where no page can show it. */
export async function signal(tabId: number, ok: boolean): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#14532d' : '#b91c1c' });
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  setTimeout(
    () => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined),
    4000,
  );
}
