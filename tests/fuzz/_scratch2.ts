import { parseHTML } from 'linkedom';
import { readPage } from '../../src/core/read-page';
const para = '<p>' + 'The harbour city switched on its first movable flood barrier on Thursday morning. '.repeat(30) + '</p>\n';
const pages: Record<string, () => string> = {
  big50: () => `<!doctype html><html><body><article>${para.repeat(Math.ceil(50e6 / para.length))}</article></body></html>`,
  elems200k: () => `<!doctype html><html><body><article>${'<span>x</span>'.repeat(200_000)}</article></body></html>`,
  deep10k: () => `<!doctype html><html><body>${'<div>'.repeat(10_000)}<p>deep text</p>${'</div>'.repeat(10_000)}</body></html>`,
  deep10kUnclosed: () => `<!doctype html><html><body>${'<div><span>'.repeat(5_000)}<p>deep</p></body></html>`,
  empty: () => `<!doctype html><html><head><title>x</title></head><body><div><img src="a.png"></div><div></div></body></html>`,
  nothing: () => '',
};
for (const [name, make] of Object.entries(pages)) {
  let t = performance.now();
  const html = make();
  const tg = performance.now() - t; t = performance.now();
  const { document } = parseHTML(html);
  const tp = performance.now() - t; t = performance.now();
  const r = readPage(document as unknown as Document, 'https://example.org/x');
  console.log(name, (html.length / 1e6).toFixed(1) + 'MB', 'gen', tg.toFixed(0), 'parse', tp.toFixed(0), 'read', (performance.now() - t).toFixed(0), r.ok ? 'ok' : r.reason);
}
