import { launch } from '../e2e/harness';
import { PATHOLOGICAL_PAGES } from '../unit/hostile/pathological';
const routes: Record<string, () => { body: string }> = {};
const cache = new Map<string, string>();
for (const p of PATHOLOGICAL_PAGES) routes[`/p/${p.name}.html`] = () => { if (!cache.has(p.name)) cache.set(p.name, p.browserHtml()); return { body: cache.get(p.name)! }; };
const h = await launch({ routes });
try {
  for (const name of ['huge', 'many-elements']) {
    let t = Date.now();
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/p/${name}.html`, { waitUntil: 'commit' });
    console.log(name, 'commit', Date.now() - t); t = Date.now();
    await page.waitForLoadState('domcontentloaded'); console.log('dcl', Date.now() - t); t = Date.now();
    await page.waitForLoadState('load'); console.log('load', Date.now() - t); t = Date.now();
    await page.bringToFront();
    const tabId = await h.worker.evaluate(`(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id)()`);
    console.log('front', Date.now() - t); t = Date.now();
    const popup = await h.openPopup(tabId as number);
    console.log('popup open', Date.now() - t); t = Date.now();
    console.log(await popup.locator('[data-state]').first().getAttribute('data-state', { timeout: 60000 }), Date.now() - t);
    await popup.close(); await page.close();
  }
} finally { await h.close(); }
