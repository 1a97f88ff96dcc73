// npx tsx scripts/extraction-hashes.ts [out.json] [--compare old.json]: a hash of extractArticle's
// whole result (text, html, removed list and the rest) for every page of ../shared/corpus, parsed
// as the benchmark does (linkedom, disposableDocument). A speed change must leave every hash as it
// was: run it before the change, then after it with --compare.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/core/extract/extract-article';
import { corpusDir, readPageHtml, readSnippets, readTruth } from '../bench/lib/corpus';

/** Every page file of the corpus, with its URL from the truth, the snippets or pages.json. */
function pagesOf(name: string): { id: string; url: string }[] {
  const dir = corpusDir(name);
  const urls = new Map<string, string>();
  const listed = path.join(dir, 'pages.json');
  if (fs.existsSync(listed))
    for (const p of JSON.parse(fs.readFileSync(listed, 'utf8')) as { id: string; url: string }[])
      urls.set(p.id, p.url);
  if (fs.existsSync(path.join(dir, 'ground-truth.json')))
    for (const p of readTruth(dir)) urls.set(p.id, p.url);
  if (fs.existsSync(path.join(dir, 'snippets.json')))
    for (const p of readSnippets(dir)) urls.set(p.id, p.url);
  return fs
    .readdirSync(path.join(dir, 'pages'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort()
    .map((id) => ({ id, url: urls.get(id) ?? `https://example.com/${id}` }));
}

const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const comparePath = compareAt >= 0 ? args[compareAt + 1] : undefined;
const outPath = args.find((a, i) => !a.startsWith('--') && (compareAt < 0 || i !== compareAt + 1));

const hashes: Record<string, string> = {};
for (const name of ['zyte', 'indonesian', 'trafilatura']) {
  const dir = corpusDir(name);
  for (const page of pagesOf(name)) {
    const html = readPageHtml(dir, page.id);
    const { document } = parseHTML(html);
    const result = extractArticle(document as unknown as Document, page.url, {
      disposableDocument: true,
    });
    hashes[`${name}/${page.id}`] = crypto
      .createHash('sha256')
      .update(JSON.stringify(result))
      .digest('hex')
      .slice(0, 16);
  }
}
if (outPath) fs.writeFileSync(outPath, `${JSON.stringify(hashes, null, 1)}\n`);
if (comparePath) {
  const old = JSON.parse(fs.readFileSync(comparePath, 'utf8')) as Record<string, string>;
  const keys = Object.keys(old);
  const differ = keys.filter((k) => old[k] !== hashes[k]);
  const same = keys.length - differ.length;
  console.log(`${same}/${keys.length} pages identical`);
  for (const k of differ) console.log(`  differs: ${k}`);
  if (differ.length || keys.length !== Object.keys(hashes).length) process.exitCode = 1;
} else console.log(`${Object.keys(hashes).length} pages hashed`);
