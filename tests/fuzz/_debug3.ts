import { launch } from '../e2e/harness';
const h = await launch();
try {
  const page = await h.context.newPage();
  await page.addInitScript(`(() => { const w = window; let v; w.__log = []; addEventListener('load', () => w.__log.push(['LOAD', performance.now()])); addEventListener('DOMContentLoaded', () => w.__log.push(['DCL', performance.now()])); Object.defineProperty(w, '__pwned', { configurable: true, get: () => v, set: (x) => { v = x; w.__log.push([x, performance.now()]); } }); })()`);
  const t = Date.now();
  await page.goto(`${h.server.url}/hostile/${process.argv[2] ?? 'handlers'}.html`).catch((e) => console.log('goto', String(e).slice(0, 100)));
  console.log('goto took', Date.now() - t);
  await page.waitForTimeout(1000);
  console.log(JSON.stringify(await page.evaluate('window.__log')));
  console.log(h.server.requests.join(' '));
} finally { await h.close(); }
