import { launch } from '../e2e/harness';
const h = await launch({ routes: { '/t.html': () => ({ body: `<!doctype html><html><body><details open ontoggle="window.__log.push('toggle')"><summary>s</summary>x</details><img src="a.png" onerror="window.__log.push('err:'+document.URL)"></body></html>` }) } });
try {
  const { page } = await h.openTab(`${h.server.url}/t.html`);
  await page.waitForTimeout(300);
  const out = await page.evaluate(`(async () => {
    window.__log = [];
    const res = {};
    const c = document.cloneNode(true);
    await new Promise(r => setTimeout(r, 300)); res.afterClone = [...window.__log]; window.__log = [];
    c.querySelector('img').setAttribute('src', 'b.png');
    c.querySelector('details').removeAttribute('open');
    await new Promise(r => setTimeout(r, 300)); res.afterCloneMutate = [...window.__log]; window.__log = [];
    const d = document.implementation.createHTMLDocument('');
    d.replaceChild(d.importNode(document.documentElement, true), d.documentElement);
    d.querySelector('img').setAttribute('src', 'c.png');
    d.querySelector('details').removeAttribute('open');
    await new Promise(r => setTimeout(r, 300)); res.createHTMLDocument = [...window.__log]; window.__log = [];
    const p = new DOMParser().parseFromString('<!doctype html>' + document.documentElement.outerHTML, 'text/html');
    p.querySelector('img').setAttribute('src', 'd.png');
    await new Promise(r => setTimeout(r, 300)); res.domParser = [...window.__log];
    return res;
  })()`);
  console.log(JSON.stringify(out));
  console.log(h.server.requests.join(' '));
} finally { await h.close(); }
