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
import { articleImageUrls } from '../core/collection/article-images';
import { fetchImages } from '../platform/keep-images';

const READER_SCRIPT = 'content/reader.js';
let store: LibraryStore | null = null;
/** The one store of the background (saves, kept images, the reader's highlights). */
export const library = () => (store ??= new LibraryStore());

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
  return withImages(await library().save({ article: { ...article, html }, digest }));
}

/** Saves the article the in-page reader shows, as it sent it (checked by the caller). */
export async function saveShown(input: SaveInput): Promise<SaveResult> {
  return withImages(await library().save(input));
}

/** Starts keeping the images of what was saved; the save's answer does not wait for them. */
function withImages(result: SaveResult): SaveResult {
  if (result.ok) void keepImages(result.id).catch(() => undefined);
  return result;
}

export interface KeptImagesReport {
  ok: boolean;
  kept: number;
  failed: number;
}

/**
 * Fetches the images the saved article shows (and its lead image) and keeps them beside it,
 * unless the setting is off. Addresses without host access or over the limits stay links.
 */
export async function keepImages(id: string): Promise<KeptImagesReport> {
  const settings = await loadSettings();
  const record = await library().get(id);
  if (!settings.keepImages || !record) return { ok: false, kept: 0, failed: 0 };
  // The stored HTML is sanitised already; parsed here only to read its image addresses.
  const doc = parseHtml(`<!doctype html><html><body>${record.html}</body></html>`);
  const urls = articleImageUrls(doc.body, record.leadImage);
  const { images, failed } = await fetchImages(id, urls);
  const written = await library().keepImages(id, images, urls);
  return { ok: written.ok, kept: written.ok ? images.length : 0, failed: failed.length };
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
