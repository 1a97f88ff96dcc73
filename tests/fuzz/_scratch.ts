import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { readPage } from '../../src/core/read-page';
import { sanitizeHtml } from '../../src/core/sanitize';
import { htmlViolations } from '../../src/core/sanitize-invariants';
const w = new JSDOM('').window as any;
const dir = 'tests/fixtures/hostile';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const { document } = parseHTML(readFileSync(`${dir}/${f}`, 'utf8'));
  const r = readPage(document as unknown as Document, `http://127.0.0.1:8000/hostile/${f}`);
  if (!r.ok) { console.log(f, r.reason); continue; }
  const raw = htmlViolations(r.article.html, new w.DOMParser());
  const clean = sanitizeHtml(r.article.html, w);
  const after = htmlViolations(clean, new w.DOMParser());
  console.log(f, 'words', r.article.wordCount, 'raw', raw.length, [...new Set(raw.map((v) => v.rule))].join(','), 'after', after.length, JSON.stringify(after).slice(0, 300), 'canon', r.article.canonicalUrl, 'lead', r.article.leadImage, 'byline', r.article.byline);
  if (process.env.SHOW === f) console.log(clean);
}
