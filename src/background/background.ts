// The background only registers listeners and routes validated messages; what they do lives in
// tab-actions.ts and context-menu.ts, and decisions in src/core and src/contracts, where they are
// tested without a browser.
import browser, { type Runtime, type Menus, type Tabs } from '../platform/browser';
import {
  articleFromSender,
  senderKind,
  validateMessage,
  type Message,
  type MessagePayload,
} from '../contracts/messages';
import type { SaveInput } from '../core/collection/record';
import { readMarkup } from '../core/read-markup';
import { digestArticle, prepareDigest } from '../platform/digest';
import { parseHtml } from './parse-html';
import { PAGES_TIMEOUT_MS, readTabPages } from '../platform/read-pages';
import { pendingPages } from './reader-pages';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import { syncAutoSites } from '../platform/auto-sites';
import { keepImages, openLibrary, saveShown, toggleReader } from './tab-actions';
import { createMenus, onMenuClick } from './context-menu';
import { readerStrings } from '../contracts/locales';
import { editReaderHighlight, readerNotes } from './reader-notes';

const extensionOrigin = browser.runtime.getURL('');
/** The reader's further pages, started by its reader:read, kept a while for its reader:pages. */
const readerPages = pendingPages(2 * PAGES_TIMEOUT_MS);

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'library:open':
      await openLibrary((message as Message<'library:open'>).payload.article);
      return { ok: true };
    case 'library:keepImages':
      return keepImages((message as Message<'library:keepImages'>).payload.id);
    case 'tab:save': {
      const { article, digest } = (message as Message<'tab:save'>).payload;
      if (!articleFromSender(article.url, sender))
        return { ok: false, error: 'not the sender’s page' };
      const result = await saveShown({ article, digest } as SaveInput);
      return result.ok ? result : { ok: false, reason: result.reason, error: result.message };
    }
    case 'reader:read': {
      const { markup, url } = message.payload as MessagePayload<'reader:read'>;
      const read = readMarkup(markup, url, parseHtml);
      const tabId = sender.tab?.id;
      // The further pages from the same markup, started once page one is answered (unless the
      // reader turned them off): the reader's reader:pages picks them up.
      if (read.ok && tabId !== undefined && articleFromSender(url, sender))
        readerPages.begin(tabId, url, async (onUpdate) =>
          (await loadSettings()).followPages
            ? readTabPages(tabId, browser, { markup, url }, parseHtml, undefined, onUpdate)
            : null,
        );
      return read.ok ? read : { ok: false, reason: read.reason, detail: read.message };
    }
    case 'reader:pages': {
      const { url, seen } = message.payload as MessagePayload<'reader:pages'>;
      const tabId = sender.tab?.id;
      if (tabId === undefined || !articleFromSender(url, sender))
        return { ok: false, error: 'not the sender’s page' };
      const step = await readerPages.take(tabId, url, seen);
      return step?.pages
        ? { ok: true, pages: step.pages, last: step.last }
        : { ok: false, error: 'no answer from the pages' };
    }
    case 'reader:notes': {
      const { url, canonicalUrl } = message.payload as MessagePayload<'reader:notes'>;
      if (!articleFromSender(url, sender)) return { ok: false, error: 'not the sender’s page' };
      return readerNotes(url, canonicalUrl);
    }
    case 'reader:highlight': {
      const { url, canonicalUrl, edit } = message.payload as MessagePayload<'reader:highlight'>;
      if (!articleFromSender(url, sender)) return { ok: false, error: 'not the sender’s page' };
      return editReaderHighlight(url, canonicalUrl, edit);
    }
    case 'reader:strings':
      return {
        ok: true,
        strings: readerStrings((message as Message<'reader:strings'>).payload.lang),
      };
    case 'digest:prepare':
      return {
        ok: true,
        at: await prepareDigest((message as Message<'digest:prepare'>).payload.lang),
      };
    case 'digest:compute': {
      const { summarySentences, ...article } = message.payload as MessagePayload<'digest:compute'>;
      return { ok: true, digest: await digestArticle(article, summarySentences) };
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

browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
  void onMenuClick(info, tab).catch(() => undefined);
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
