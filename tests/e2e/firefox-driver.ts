// The driver for Firefox: puppeteer-core over WebDriver BiDi, the Firefox test build installed as
// a temporary add-on, an extension page of ours for extension calls, and the content-script
// world's `openOrClosedShadowRoot` (a Firefox API) for the reader's closed root.
// Pitfalls (../shared/docs/TOOLCHAIN.md): extension pages send no load events over BiDi, so
// they are opened without awaiting and polled; WebExtension tab ids are not BiDi context ids.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { serveDirectory } from '../../scripts/chromium.mjs';
import { findFirefox, FIREFOX_INSTALL_HINT } from '../../scripts/firefox.mjs';
import { GECKO_ID } from '../../scripts/manifest.mjs';
import { queries, until, type Driver, type ElementSummary, type Tab } from './driver';
import type { LaunchOptions } from './harness';

const SHADOW_KEY = '__ringkasE2EShadow';

export async function launchFirefox(options: LaunchOptions, results: string): Promise<Driver> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const scratch = mkdtempSync(join(tmpdir(), 'ringkas-e2e-ff-'));
  const downloads = join(scratch, 'downloads');
  mkdirSync(downloads);
  const uuid = randomUUID();
  const server = await serveDirectory(options.fixtures, options.routes ?? {});
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    // Release builds honour services.settings.server (Remote Settings, the browser's own
    // traffic) only with this set; the network-silence test points it nowhere.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // A fixed moz-extension:// host for the add-on.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // permissions.request() after a real click answers without a door-hanger.
      'extensions.webextOptionalPermissionPrompts': false,
      // Exports land in a folder the test reads.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      ...(options.firefoxPrefs ?? {}),
    },
  });
  try {
    await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${uuid}`;
  const extensionUrl = (path: string) => `${extensionOrigin}/${path}`;

  /** Listens from before the first load; `opened()` marks the end of the first load. */
  function wrap(page: Page): { tab: Tab & { tabId: number }; opened: () => void } {
    const requests: string[] = [];
    const errors: string[] = [];
    const navigations: string[] = [];
    let loaded = false;
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (error) =>
      errors.push(`pageerror: ${String((error as Error).message ?? error)}`),
    );
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('framenavigated', (frame) => {
      if (loaded && frame === page.mainFrame()) navigations.push(frame.url());
    });
    const evaluate: Tab['evaluate'] = (fn, arg) =>
      page.evaluate(fn as (a: typeof arg) => never, arg as never);
    const q = queries(evaluate);
    const tab: Tab & { tabId: number } = {
      tabId: -1,
      requests,
      errors,
      navigations,
      url: () => evaluate(() => location.href),
      evaluate,
      evaluateSource: (source) => page.evaluate(source) as never,
      async click(selector, text) {
        await page.click(await q.mark(selector, text));
      },
      async fill(selector, value) {
        const target = await q.mark(selector);
        await page.focus(target);
        await page.$eval(target, (el) => (el as HTMLInputElement).select());
        if (value) await page.keyboard.type(value);
        else await page.keyboard.press('Backspace');
      },
      async select(selector, value) {
        await page.select(await q.mark(selector), value);
      },
      // Chords as Playwright writes them ("Shift+Tab"): modifiers held around the key.
      async press(chord) {
        const keys = chord.length > 1 ? chord.split('+') : [chord];
        const key = keys.pop() || '+';
        for (const modifier of keys) await page.keyboard.down(modifier as never);
        await page.keyboard.press(key as never);
        for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
      },
      clickAt: (x, y) => page.mouse.click(x, y),
      async drag(from, to) {
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
        await page.mouse.move(to.x, to.y, { steps: 4 });
        await page.mouse.up();
      },
      async upload(selector, name, content) {
        const dir = mkdtempSync(join(scratch, 'upload-'));
        const path = join(dir, name);
        writeFileSync(path, content);
        const input = await page.$(selector);
        if (!input) throw new Error(`no ${selector}`);
        await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(path);
      },
      waitFor: q.waitFor,
      text: q.text,
      innerText: q.innerText,
      attr: q.attr,
      count: q.count,
      box: q.box,
      async screenshot(name) {
        mkdirSync(results, { recursive: true });
        await page.screenshot({ path: join(results, `${name}.png`) as `${string}.png` });
      },
      async reload() {
        // No load events for extension pages: mark the old document and wait for a new one.
        await evaluate(() => {
          (window as unknown as Record<string, unknown>).__e2eStale = true;
          setTimeout(() => location.reload(), 0);
        });
        await until(
          () =>
            evaluate(
              () =>
                !(window as unknown as Record<string, unknown>).__e2eStale &&
                document.readyState === 'complete',
            ),
          'the page to reload',
        );
      },
      front: () => page.bringToFront(),
      watchClose() {
        // A tab closed by its own script is not always reported to puppeteer: a page whose
        // browsing context is gone is closed.
        const gone = () =>
          page.isClosed() ||
          evaluate(() => 1).then(
            () => false,
            (error: unknown) => /no such frame|not found|closed/i.test(String(error)),
          );
        return Promise.resolve(async (timeout = 15_000) => {
          await until(async () => gone(), 'the page to close itself', timeout);
        });
      },
      close: () => (page.isClosed() ? Promise.resolve() : page.close()),
    };
    return { tab, opened: () => (loaded = true) };
  }

  async function openExtensionPage(path: string, viewport?: { width: number; height: number }) {
    const page = await browser.newPage();
    // Firefox 140 lacks a BiDi screen-orientation override: it throws, yet sizes the page.
    if (viewport) await page.setViewport(viewport).catch(() => undefined);
    const url = extensionUrl(path);
    const { tab, opened } = wrap(page);
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    await until(
      () =>
        page
          .evaluate(() => `${document.readyState} ${location.href}`)
          .then((state) => state === `complete ${url}`),
      `${path} to load`,
    );
    opened();
    return tab;
  }

  const control = await openExtensionPage('options.html');
  const ext: Driver['ext'] = (fn, arg) => control.evaluate(fn, arg);

  const driver: Driver = {
    name: 'firefox',
    server,
    extensionOrigin,
    extensionUrl,
    openExtensionPage,
    async openPage(url, { loaded = true, viewport } = {}) {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport).catch(() => undefined);
      const { tab, opened } = wrap(page);
      // Browser pages (about:, view-source:, file:) send no load event over BiDi either.
      if (loaded && /^https?:/.test(url))
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      else {
        void page.goto(url, { timeout: 0 }).catch(() => undefined);
        await until(
          () =>
            page
              .evaluate(() => `${location.href} ${document.readyState}`)
              .then((h) => h.startsWith(`${url} `) && (!loaded || h.endsWith(' complete'))),
          `${url} to open`,
        ).catch(() => undefined);
      }
      opened();
      await page.bringToFront();
      tab.tabId = await ext(async () => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (active?.id === undefined) throw new Error('no active tab');
        return active.id;
      });
      return tab;
    },
    openPopup(tabId, query = '') {
      return openExtensionPage(`popup.html?tab=${tabId}${query}`, { width: 460, height: 600 });
    },
    ext,
    async runCommand(command) {
      await ext(async (c) => {
        // `browser` of the extension page (this function runs there), not the puppeteer one.
        const api = (
          globalThis as unknown as {
            browser: { runtime: { getBackgroundPage: () => Promise<unknown> } };
          }
        ).browser;
        const background = (await api.runtime.getBackgroundPage()) as {
          ringkasCommands: { runCommand: (c: string) => Promise<void> };
        };
        await background.ringkasCommands.runCommand(c);
      }, command);
    },
    async readerShadow(tab) {
      // The root is handed to the page's world for one call and taken back at once.
      const expose = () =>
        ext(
          async ({ tabId, key }) =>
            (
              await chrome.scripting.executeScript({
                target: { tabId },
                args: [key],
                func: (name: string) => {
                  // The reader's host: the element whose closed root holds .ringkas-root.
                  const host = (
                    [...document.documentElement.children] as (Element & {
                      openOrClosedShadowRoot?: ShadowRoot;
                    })[]
                  ).find((el) => el.openOrClosedShadowRoot?.querySelector('.ringkas-root'));
                  const root = host?.openOrClosedShadowRoot;
                  if (!root) return false;
                  (
                    window as unknown as { wrappedJSObject: Record<string, unknown> }
                  ).wrappedJSObject[name] = root;
                  return true;
                },
              })
            )[0]?.result === true,
          { tabId: tab.tabId, key: SHADOW_KEY },
        );
      if (!(await expose())) return null;
      await tab.evaluateSource(`delete window.${SHADOW_KEY}`);
      return {
        async call<T>(fn: string, ...args: unknown[]) {
          if (!(await expose())) throw new Error('the reader is gone');
          return tab.evaluateSource<T>(
            `(() => { const root = window.${SHADOW_KEY}; delete window.${SHADOW_KEY}; return (${fn}).apply(root, ${JSON.stringify(args)}); })()`,
          );
        },
      };
    },
    readerElements(tab) {
      // Walked in the content-script world: the page's scripts cannot change what it sees.
      return ext(
        async (tabId) =>
          (
            await chrome.scripting.executeScript({
              target: { tabId },
              func: () => {
                const HTML = 'http://www.w3.org/1999/xhtml';
                const host = (
                  [...document.documentElement.children] as (Element & {
                    openOrClosedShadowRoot?: ShadowRoot;
                  })[]
                ).find((el) => el.openOrClosedShadowRoot?.querySelector('.ringkas-root'));
                if (!host) return null;
                const content = host.openOrClosedShadowRoot?.querySelector('.article-content');
                if (!content) return [];
                const out: { tag: string; ns: string | null; attributes: object[] }[] = [];
                const walk = (node: Element | ShadowRoot) => {
                  for (const child of node.children) {
                    out.push({
                      tag: child.localName,
                      ns: child.namespaceURI === HTML ? HTML : 'foreign',
                      attributes: [...child.attributes].map((a) => ({
                        name: a.name,
                        value: a.value,
                      })),
                    });
                    const inner = (child as Element & { openOrClosedShadowRoot?: ShadowRoot })
                      .openOrClosedShadowRoot;
                    if (inner) walk(inner);
                    walk(child);
                    if ((child as HTMLIFrameElement).contentDocument)
                      out.push({ tag: 'nested-document', ns: null, attributes: [] });
                  }
                };
                walk(content);
                return out;
              },
            })
          )[0]?.result as ElementSummary[] | null,
        tab.tabId,
      );
    },
    async download(trigger) {
      return (await driver.downloadBytes(trigger)).toString('utf8');
    },
    async downloadBytes(trigger) {
      const before = new Set(readdirSync(downloads));
      await trigger();
      const name = await until(async () => {
        const fresh = readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
        const [file] = fresh;
        if (!file || existsSync(join(downloads, `${file}.part`))) return null;
        return statSync(join(downloads, file)).size > 0 ? file : null;
      }, 'a download');
      return readFileSync(join(downloads, name));
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  return driver;
}
