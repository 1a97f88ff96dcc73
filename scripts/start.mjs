// npm start: build, serve the sample news page on 127.0.0.1 and open the system Chromium with the
// extension loaded on it. Set HEADLESS=1 to take screenshots of Ringkas on it instead of opening
// a window (test-results/start.png: the popup over the page; start-reader.png: the reader).
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium, INSTALL_HINT, serveDirectory } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
// The sample page is served from loopback; the test build may read it without a toolbar click,
// the release build reads it after a click on the toolbar button (activeTab).
const extension = join(root, process.env.RINGKAS_BUILD === 'release' ? 'dist/chrome' : 'dist/test');
const server = await serveDirectory(join(root, 'tests/fixtures'));
const page = `${server.url}/seed-page.html`;
const profile = mkdtempSync(join(tmpdir(), 'ringkas-profile-'));
const headless = process.env.HEADLESS === '1';

if (headless) {
  // A screenshot of Ringkas at work on the sample page: the popup beside the page it read, then
  // the in-page reader that its "Read in page" opens (issue 15, item 6), as a person would.
  const { chromium: playwright } = await import('playwright-core');
  const results = join(root, 'test-results');
  mkdirSync(results, { recursive: true });
  const context = await playwright.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    args: chromiumArgs(extension),
    viewport: { width: 1280, height: 800 },
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = new URL(worker.url()).host;
    const tab = await context.newPage();
    await tab.goto(page);
    const tabId = await worker.evaluate(async () => {
      // Runs in the extension's service worker, where `chrome` is the extension API.
      // eslint-disable-next-line no-undef
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`chrome-extension://${origin}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="facts-card"]');
    await popup.screenshot({ path: join(results, 'start-popup.png') });
    // The popup over the page, as the toolbar shows it.
    const shot = await popup.screenshot();
    await tab.bringToFront();
    await tab.evaluate(
      ({ data }) => {
        const img = document.createElement('img');
        img.src = `data:image/png;base64,${data}`;
        img.alt = 'Ringkas popup';
        img.style.cssText =
          'position:fixed;top:8px;right:16px;width:460px;z-index:2147483646;box-shadow:0 8px 32px #0006;border:1px solid #ccc;border-radius:8px';
        document.body.append(img);
        return new Promise((resolve) => (img.complete ? resolve(null) : (img.onload = resolve)));
      },
      { data: shot.toString('base64') },
    );
    await tab.screenshot({ path: join(results, 'start.png') });
    await tab.evaluate(() => document.querySelector('img[alt="Ringkas popup"]')?.remove());
    await popup.click('button:has-text("Read in page")');
    // The reader is open once it holds the page still (it hides the page's scrolling).
    await tab.waitForFunction(
      () => getComputedStyle(document.documentElement).overflow === 'hidden',
    );
    await tab.waitForTimeout(500);
    await tab.screenshot({ path: join(results, 'start-reader.png') });
    console.log(
      `Screenshots: ${['start.png', 'start-popup.png', 'start-reader.png'].map((f) => join(results, f)).join(', ')}`,
    );
  } finally {
    await context.close();
    await server.close();
  }
  process.exit(0);
}

const args = [...chromiumArgs(extension, { headless }), `--user-data-dir=${profile}`];
args.push(page);

console.log(`Serving ${page}\nOpening ${chromium} with ${extension}`);
console.log(
  'Click the Ringkas button in the toolbar (pin it from the puzzle menu) to read the page. Ctrl+C to stop.',
);
const browser = spawn(chromium, args, { stdio: 'inherit' });
const stop = () => {
  browser.kill();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', (code) => {
  void server.close().then(() => process.exit(code ?? 0));
});
