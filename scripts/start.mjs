// npm start: build, serve the sample news page on 127.0.0.1 and open the system Chromium with the
// extension loaded on it. Set HEADLESS=1 to take a screenshot instead of opening a window.
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
const args = [...chromiumArgs(extension, { headless }), `--user-data-dir=${profile}`];
if (headless) mkdirSync(join(root, 'test-results'), { recursive: true });
if (headless)
  args.push(
    '--headless',
    `--screenshot=${join(root, 'test-results/start.png')}`,
    '--window-size=1200,900',
  );
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
