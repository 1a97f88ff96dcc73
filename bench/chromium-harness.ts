// The benchmark's own Chromium harness: playwright-core with the test build, and direct access
// to the browser context (request routing, timings). The browser tests use tests/e2e/harness.ts.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromiumArgs,
  findChromium,
  serveDirectory,
  type Route,
  type Served,
} from '../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const RESULTS = join(ROOT, 'test-results');
export const DIST = resolve(ROOT, process.env.RINGKAS_DIST ?? 'dist');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: Served;
  profile: string;
  /** Opens a page and returns it with the browser's id for its tab. */
  openTab: (
    url: string,
    waitUntil?: 'load' | 'domcontentloaded',
  ) => Promise<{ page: Page; tabId: number }>;
  /** Opens the popup for a tab, in a tab of its own, as the tests must (see TOOLCHAIN.md). */
  openPopup: (tabId: number, query?: string) => Promise<Page>;
  extensionUrl: (path: string) => string;
  screenshot: (page: Page, name: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  routes?: Record<string, () => Route>;
  profile?: string;
  extensionDir?: string;
  locale?: string;
  /** More Chromium flags (a net log, for example). */
  extraArgs?: string[];
}

export async function launch(options: HarnessOptions = {}): Promise<Harness> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const extensionDir = options.extensionDir ?? join(DIST, 'test');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'ringkas-e2e-'));
  const server = await serveDirectory(FIXTURES, options.routes ?? {});
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      ...chromiumArgs(extensionDir),
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.extraArgs ?? []),
    ],
    viewport: { width: 1100, height: 800 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;

  async function activeTabId(): Promise<number> {
    return worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    });
  }

  return {
    context,
    worker,
    extensionId,
    server,
    profile,
    extensionUrl,
    async openTab(url, waitUntil = 'load') {
      const page = await context.newPage();
      await page.goto(url, { waitUntil }).catch(() => undefined);
      await page.bringToFront();
      return { page, tabId: await activeTabId() };
    },
    async openPopup(tabId, query = '') {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 460, height: 600 });
      await popup.goto(extensionUrl(`popup.html?tab=${tabId}${query}`));
      return popup;
    },
    async screenshot(page, name) {
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
