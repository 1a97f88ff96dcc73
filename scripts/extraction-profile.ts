// npx tsx scripts/extraction-profile.ts [corpus ...]: where extraction's time goes, phase by
// phase (the steps of extractParts and articleOf), on the corpora of the benchmark. Per page the
// fastest of ROUNDS rounds per phase; prints the median and the sum of each phase, and the ratio
// the benchmark measures (parse + Ringkas over parse + Readability alone).
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { corpusDir, readPageHtml } from '../bench/lib/corpus';
import { exceededLimit, DEFAULT_LIMITS } from '../src/core/extract/size-guard';
import { privateCopy } from '../src/core/extract/private-copy';
import { adoptStrayPage } from '../src/core/extract/stray-page';
import { readMetadata } from '../src/core/extract/metadata';
import { baseUrlOf, fixMediaAndLinks } from '../src/core/extract/media-links';
import { foldLineBreaks, unfoldLineBreaks } from '../src/core/extract/line-breaks';
import { betterCandidate, isWeak, missedBlock } from '../src/core/extract/candidates';
import { cleanUp } from '../src/core/extract/clean-up';
import { countWords, plainText } from '../src/core/extract/plain-text';
import { detectLanguage } from '../src/core/text/detect-language';
import { extractArticle } from '../src/core/extract/extract-article';

const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const corpora = process.argv.slice(2).length ? process.argv.slice(2) : ['zyte', 'indonesian'];

const phases = new Map<string, number[]>();
function record(page: Map<string, number>, name: string, ms: number): void {
  const old = page.get(name);
  if (old === undefined || ms < old) page.set(name, ms);
}

function profileOnce(html: string, url: string, page: Map<string, number>): void {
  let t = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    record(page, name, now - t);
    t = now;
  };
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  lap('parse');
  if (exceededLimit(doc, DEFAULT_LIMITS)) return;
  lap('sizeGuard');
  const target = privateCopy(doc, true, false);
  lap('unclobber');
  adoptStrayPage(target);
  lap('strayPage');
  const meta = readMetadata(target, url);
  lap('metadata');
  const base = baseUrlOf(target, url);
  lap('baseUrl');
  const folded = target.documentElement ? foldLineBreaks(target.documentElement).folded : 0;
  lap('fold');
  const parsed = new Readability<Element>(target, {
    maxElemsToParse: DEFAULT_LIMITS.maxElements,
    keepClasses: true,
    serializer: (el) => el as Element,
  }).parse();
  lap('readability');
  let root = parsed?.content ?? null;
  if (folded && root) unfoldLineBreaks(root);
  lap('unfold');
  if (!root || isWeak(parsed)) root = betterCandidate(target, root, meta.articleBody) ?? root;
  else root = missedBlock(target, root, parsed?.length ?? 0) ?? root;
  lap('candidates');
  if (!root) return;
  cleanUp(root, { title: meta.title, byline: meta.byline });
  lap('cleanUp');
  fixMediaAndLinks(root, base);
  lap('media');
  const text = plainText(root, { skipCaptions: true });
  lap('plainText');
  detectLanguage(text.slice(0, 3000));
  lap('language');
  countWords(text);
  lap('countWords');
  // eslint-disable-next-line no-restricted-properties
  void root.outerHTML;
  lap('serialize');
}

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const totals = { readability: [] as number[], ringkas: [] as number[], phases: [] as number[] };
for (const name of corpora) {
  const dir = corpusDir(name);
  const files = fs.readdirSync(path.join(dir, 'pages')).filter((f) => f.endsWith('.html.gz'));
  for (const file of files) {
    const html = readPageHtml(dir, file.slice(0, -'.html.gz'.length));
    const url = 'https://example.com/page';
    const page = new Map<string, number>();
    let r = Infinity;
    let k = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      profileOnce(html, url, page);
      r = Math.min(
        r,
        timed(() => {
          const { document } = parseHTML(html);
          new Readability(document as unknown as Document).parse();
        }),
      );
      k = Math.min(
        k,
        timed(() => {
          const { document } = parseHTML(html);
          extractArticle(document as unknown as Document, url, { disposableDocument: true });
        }),
      );
    }
    totals.readability.push(r);
    totals.ringkas.push(k);
    totals.phases.push(sum([...page.values()]));
    for (const [phase, ms] of page) {
      if (!phases.has(phase)) phases.set(phase, []);
      phases.get(phase)!.push(ms);
    }
  }
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
}
function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

for (const [phase, xs] of phases)
  console.log(
    `${phase.padEnd(12)} median ${median(xs).toFixed(2).padStart(7)} ms  sum ${sum(xs).toFixed(0).padStart(6)} ms`,
  );
const mr = median(totals.readability);
const mk = median(totals.ringkas);
console.log(`phases summed: median ${median(totals.phases).toFixed(2)} ms`);
console.log(
  `readability alone median ${mr.toFixed(2)} ms, ringkas ${mk.toFixed(2)} ms, ratio ${(mk / mr).toFixed(3)} (${corpora.join(', ')})`,
);
