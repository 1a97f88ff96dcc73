// The driver for Chromium: playwright-core, the test build loaded as an unpacked extension, the
// service worker for extension calls and the DevTools protocol for the reader's closed root.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromiumArgs,
  findChromium,
  INSTALL_HINT,
  serveDirectory,
} from '../../scripts/chromium.mjs';
import {
  queries,
  until,
  type Driver,
  findReaderHost,
  type ElementSummary,
  type ShadowHandle,
  type Tab,
} from './driver';
import type { LaunchOptions } from './harness';
import { HTML_NAMESPACE } from '../../src/core/sanitize-invariants';

interface DomNode {
  nodeType: number;
  nodeName: string;
  localName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function attributesOf(node: DomNode) {
  const flat = node.attributes ?? [];
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    out.push({ name: flat[i] ?? '', value: flat[i + 1] ?? '' });
  return out;
}

export async function launchChromium(options: LaunchOptions, results: string): Promise<Driver> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'ringkas-e2e-'));
  const server = await serveDirectory(options.fixtures, options.routes ?? {});
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumArgs(options.extensionDir), ...(options.chromiumArgs ?? [])],
    viewport: { width: 1100, height: 800 },
    acceptDownloads: true,
  });
  const worker: Worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const extensionUrl = (path: string) => `${extensionOrigin}/${path}`;

  /** Listens from before the first load; `opened()` marks the end of the first load. */
  function wrap(page: Page): { tab: Tab & { tabId: number }; opened: () => void } {
    const requests: string[] = [];
    const errors: string[] = [];
    const navigations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    let loaded = false;
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      if (loaded) navigations.push(frame.url());
    });
    const evaluate: Tab['evaluate'] = (fn, arg) => page.evaluate(fn as never, arg);
    const q = queries(evaluate);
    const tab: Tab & { tabId: number } = {
      tabId: -1,
      requests,
      errors,
      navigations,
      url: () => Promise.resolve(page.url()),
      evaluate,
      evaluateSource: (source) => page.evaluate(source),
      async click(selector, text) {
        await page.click(await q.mark(selector, text));
      },
      async fill(selector, value) {
        await page.fill(await q.mark(selector), value);
      },
      async select(selector, value) {
        await page.selectOption(await q.mark(selector), value);
      },
      press: (key) => page.keyboard.press(key),
      clickAt: (x, y) => page.mouse.click(x, y),
      async drag(from, to) {
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
        await page.mouse.move(to.x, to.y, { steps: 4 });
        await page.mouse.up();
      },
      async upload(selector, name, content) {
        await page.setInputFiles(selector, {
          name,
          mimeType: name.endsWith('.zip') ? 'application/zip' : 'application/json',
          buffer: Buffer.from(content),
        });
      },
      waitFor: q.waitFor,
      text: q.text,
      innerText: q.innerText,
      attr: q.attr,
      count: q.count,
      box: q.box,
      emulateMedia: (media) => page.emulateMedia({ media }),
      async screenshot(name) {
        mkdirSync(results, { recursive: true });
        await page.screenshot({ path: join(results, `${name}.png`) });
      },
      async reload() {
        loaded = false;
        await page.reload();
        loaded = true;
      },
      front: () => page.bringToFront(),
      watchClose() {
        return Promise.resolve(async (timeout = 15_000) => {
          await until(() => Promise.resolve(page.isClosed()), 'the tab to close', timeout);
        });
      },
      close: () => page.close(),
    };
    return { tab, opened: () => (loaded = true) };
  }

  async function activeTabId(): Promise<number> {
    return worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    });
  }

  async function openExtensionPage(path: string, viewport?: { width: number; height: number }) {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const { tab, opened } = wrap(page);
    await page.goto(extensionUrl(path));
    opened();
    return tab;
  }

  async function cdpRoot(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    return { cdp, root };
  }
  const pages = new WeakMap<Tab, Page>();

  const driver: Driver = {
    name: 'chromium',
    server,
    extensionOrigin,
    extensionUrl,
    openExtensionPage,
    async openPage(url, { loaded = true, viewport } = {}) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      const { tab, opened } = wrap(page);
      pages.set(tab, page);
      await page.goto(url, { waitUntil: loaded ? 'load' : 'commit' }).catch(() => undefined);
      opened();
      await page.bringToFront();
      tab.tabId = await activeTabId();
      return tab;
    },
    openPopup(tabId, query = '') {
      return openExtensionPage(`popup.html?tab=${tabId}${query}`, { width: 460, height: 600 });
    },
    ext: (fn, arg) => worker.evaluate(fn as never, arg),
    async runCommand(command) {
      await worker.evaluate(
        (c) =>
          (
            globalThis as unknown as {
              ringkasCommands: { runCommand: (c: string) => Promise<void> };
            }
          ).ringkasCommands.runCommand(c),
        command,
      );
    },
    async readerShadow(tab) {
      const page = pages.get(tab);
      if (!page) throw new Error('not a web page of this driver');
      const { cdp, root } = await cdpRoot(page);
      const host = findReaderHost(root);
      const shadow = host?.shadowRoots?.[0];
      if (!shadow) {
        await cdp.detach();
        return null;
      }
      const { object } = (await cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
      })) as { object: { objectId: string } };
      const handle: ShadowHandle = {
        async call<T>(fn: string, ...args: unknown[]) {
          const response = (await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: fn,
            arguments: args.map((value) => ({ value })),
            returnByValue: true,
            awaitPromise: true,
          })) as {
            result: { value: T };
            exceptionDetails?: { text: string; exception?: { description?: string } };
          };
          if (response.exceptionDetails)
            throw new Error(
              response.exceptionDetails.exception?.description ?? response.exceptionDetails.text,
            );
          return response.result.value;
        },
      };
      return handle;
    },
    async readerElements(tab) {
      const page = pages.get(tab);
      if (!page) throw new Error('not a web page of this driver');
      // The protocol's view of the DOM: no page script can fool it.
      const { cdp, root } = await cdpRoot(page);
      await cdp.detach();
      const host = findReaderHost(root);
      if (!host) return null;
      const content = find(
        host,
        (n) =>
          n.nodeType === 1 &&
          /\barticle-content\b/.test(attributesOf(n).find((a) => a.name === 'class')?.value ?? ''),
      );
      if (!content) return [];
      const out: ElementSummary[] = [];
      const walk = (node: DomNode) => {
        for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
          if (child.nodeType !== 1) continue;
          // HTML elements are named in capitals by the protocol; SVG and MathML keep their case.
          const html = child.nodeName === child.localName.toUpperCase();
          out.push({
            tag: child.localName,
            ns: html ? HTML_NAMESPACE : 'foreign',
            attributes: attributesOf(child),
          });
          walk(child);
          if (child.contentDocument) out.push({ tag: 'nested-document', ns: null, attributes: [] });
        }
      };
      walk(content);
      return out;
    },
    async download(trigger) {
      return (await driver.downloadBytes(trigger)).toString('utf8');
    },
    async downloadBytes(trigger) {
      const [file] = await Promise.all([context.waitForEvent('download'), trigger()]);
      return readFileSync(await file.path());
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}
