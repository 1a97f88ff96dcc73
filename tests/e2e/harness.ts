// Launches a browser with the test build of the extension and hands back its driver (driver.ts):
// Chromium with playwright-core, Firefox ESR with puppeteer-core over WebDriver BiDi.
import { join, resolve } from 'node:path';
import type { Route } from '../../scripts/chromium.mjs';
import type { BrowserName, Driver } from './driver';
import { launchChromium } from './chromium-driver';
import { launchFirefox } from './firefox-driver';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const RESULTS = join(ROOT, 'test-results');
export const DIST = resolve(ROOT, process.env.RINGKAS_DIST ?? 'dist');

export interface HarnessOptions {
  routes?: Record<string, () => Route>;
  /** More Chromium flags (a net log, for example). */
  chromiumArgs?: string[];
  /** More Firefox preferences (a recording proxy, for example). */
  firefoxPrefs?: Record<string, unknown>;
}

export interface LaunchOptions extends HarnessOptions {
  fixtures: string;
  extensionDir: string;
}

const BUILDS: Record<BrowserName, string> = { chromium: 'test', firefox: 'test-firefox' };

export function launch(name: BrowserName, options: HarnessOptions = {}): Promise<Driver> {
  const full: LaunchOptions = {
    ...options,
    fixtures: FIXTURES,
    extensionDir: join(DIST, BUILDS[name]),
  };
  const results = join(RESULTS, name);
  return name === 'firefox' ? launchFirefox(full, results) : launchChromium(full, results);
}

export type { Driver, Tab, BrowserName } from './driver';
export { eachBrowser, until } from './driver';
