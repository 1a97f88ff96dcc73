import { launch } from '../e2e/harness';
const PAGE = process.argv[2] ?? 'clobbering';
const h = await launch({ routes: { '/deep-built.html': () => ({ body: `<!doctype html><html><body><p>x</p><script>let node=document.body; const root=document.createElement('div'); root.style.display='none'; node.appendChild(root); node=root; for(let i=0;i<10000;i++){const d=document.createElement('div');node.appendChild(d);node=d;} node.textContent='deep';</script></body></html>` }) } });
try {
  if (PAGE === 'view-source') {
    const { page, tabId } = await h.openTab(`view-source:${h.server.url}/seed-page.html`);
    console.log('tab', tabId, page.url());
    console.log(await h.worker.evaluate(async (id) => { const t = await chrome.tabs.get(id); let r; try { r = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content/read.js'] }); } catch (e) { r = String(e); } return { url: t.url, pending: t.pendingUrl, status: t.status, r: JSON.stringify(r).slice(0, 300) }; }, tabId));
  } else if (PAGE === 'deep-built') {
    const { page, tabId } = await h.openTab(`${h.server.url}/deep-built.html`);
    console.log('opened', await page.evaluate(() => 1));
    await h.worker.evaluate(async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content/read.js'] }))[0]?.result?.ok, tabId);
    await page.waitForTimeout(500);
    console.log('after read.js', JSON.stringify(await page.evaluate('window.__log ?? null')));
    const popup = await h.openPopup(tabId);
    console.log(await popup.locator('[data-state]').first().getAttribute('data-state'));
  } else {
    const t0 = Date.now();
    const { page, tabId } = await h.openTab(`${h.server.url}/hostile/${PAGE}.html`);
    console.log('openTab took', Date.now() - t0, await page.evaluate('performance.now()'));
    await page.waitForTimeout(300);
    await page.evaluate(`(() => { const w = window; w.__pwned = undefined; let v; Object.defineProperty(w, '__pwned', { configurable: true, get: () => v, set: (x) => { v = x; const e = w.event; const t = e && e.target; w.__log = (w.__log || []).concat([[x, Math.round(performance.now()), e && e.type, t && t.isConnected, t && t.ownerDocument === document, t && String(t.getRootNode()), t && t.getAttribute && t.getAttribute('src'), t && t.ownerDocument && t.ownerDocument.URL]]); } }); })()`);
    await h.worker.evaluate(async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content/read.js'] }))[0]?.result?.ok, tabId);
    await page.waitForTimeout(500);
    console.log('after read.js', JSON.stringify(await page.evaluate('window.__log ?? null')));
    const popup = await h.openPopup(tabId);
    const state = await popup.locator('[data-state]').first().getAttribute('data-state');
    console.log('state', state, Date.now() - t0);
    const r = await h.worker.evaluate(async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content/reader.js'] }))[0]?.result, tabId);
    console.log('reader', r, Date.now() - t0);
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as any;
    const hits: string[] = [];
    const walk = (n: any, path: string, inShadow: boolean) => {
      const attrs: string[] = n.attributes ?? [];
      for (let i = 0; i < attrs.length; i += 2) if (/^on/i.test(attrs[i])) hits.push(`${inShadow ? 'SHADOW ' : ''}${path}>${n.localName}[${attrs[i]}]`);
      for (const c of n.shadowRoots ?? []) walk(c, path + '>' + n.localName + '#shadow', true);
      for (const c of n.children ?? []) walk(c, path + '>' + (n.localName || n.nodeName), inShadow);
    };
    walk(root, '', false);
    console.log(hits.filter((x) => x.startsWith('SHADOW')).join('\n') || 'no handlers in shadow', hits.length);
    await page.waitForTimeout(500);
    console.log('log', JSON.stringify(await page.evaluate('window.__log ?? null')));
  }
} finally { await h.close(); }
