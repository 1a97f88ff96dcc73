// npm run bench -- extraction: Readability.js alone against Ringkas's extractArticle on the
// zyte, indonesian and trafilatura corpora, with the same DOM library (linkedom) in the same run.
// Metrics: ../shared/docs/METRICS.md. Results: bench/results/extraction.{json,md}.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract/extract-article';
import { corpusDir, readPageHtml, readSnippets, readTruth, repoRoot } from './lib/corpus';
import { quantile } from './lib/stats';
import {
  countSnippets,
  scoreCorpus,
  scorePage,
  snippetScore,
  type PageScore,
  type SnippetCounts,
} from './lib/metrics';

type System = 'readability' | 'ringkas';
const SYSTEMS: System[] = ['readability', 'ringkas'];

interface Row {
  corpus: string;
  system: System;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  medianMs: number;
  p95Ms: number;
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

function ringkasText(html: string, url: string): string {
  const { document } = parseHTML(html);
  // The document was parsed for this call only, so Readability may use it without a clone.
  const result = extractArticle(document as unknown as Document, url, { disposableDocument: true });
  return result.ok ? result.article.text : '';
}

function timed(fn: () => string): { text: string; ms: number } {
  const start = performance.now();
  let text: string;
  try {
    text = fn();
  } catch {
    // A system that throws on a page scores it as an empty prediction.
    text = '';
  }
  return { text, ms: performance.now() - start };
}

/**
 * Rounds per page. The machines are shared and noisy: each round runs both systems, in
 * alternating order, and each system's time for the page is its fastest round (the least
 * disturbed by other processes). Texts are the same every round.
 */
const ROUNDS = Math.max(1, Number(process.env['RINGKAS_BENCH_ROUNDS'] ?? 5));

/** Both systems on one page, in alternating order so neither always runs on a warm cache. */
function runBoth(
  html: string,
  url: string,
  index: number,
): Record<System, { text: string; ms: number }> {
  const runOne = (system: System): { text: string; ms: number } =>
    timed(() => (system === 'readability' ? readabilityText(html) : ringkasText(html, url)));
  const best = {} as Record<System, { text: string; ms: number }>;
  for (let round = 0; round < ROUNDS; round++) {
    const order: System[] =
      (index + round) % 2 === 0 ? ['readability', 'ringkas'] : ['ringkas', 'readability'];
    for (const system of order) {
      const out = runOne(system);
      if (!best[system] || out.ms < best[system].ms) best[system] = out;
    }
  }
  return best;
}

const dumpDir = process.env['RINGKAS_BENCH_DUMP'];
function dump(corpus: string, id: string, system: System, text: string): void {
  if (!dumpDir) return;
  const dir = path.join(dumpDir, corpus, system);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${id}.txt`), text);
}

interface Worse {
  corpus: string;
  id: string;
  readability: string;
  ringkas: string;
  delta: number;
}

function truthCorpus(name: string, rows: Row[], worse: Worse[]): void {
  const dir = corpusDir(name);
  const pages = readTruth(dir);
  const scores: Record<System, PageScore[]> = { readability: [], ringkas: [] };
  const times: Record<System, number[]> = { readability: [], ringkas: [] };
  pages.forEach((page, i) => {
    const html = readPageHtml(dir, page.id);
    const out = runBoth(html, page.url, i);
    const pageScores = {} as Record<System, PageScore>;
    for (const system of SYSTEMS) {
      pageScores[system] = scorePage(out[system].text, page.articleBody);
      scores[system].push(pageScores[system]);
      times[system].push(out[system].ms);
      dump(name, page.id, system, out[system].text);
    }
    const delta = pageScores.ringkas.f1 - pageScores.readability.f1;
    if (delta < -1e-9) {
      worse.push({
        corpus: name,
        id: page.id,
        readability: pageScores.readability.f1.toFixed(3),
        ringkas: pageScores.ringkas.f1.toFixed(3),
        delta,
      });
    }
  });
  for (const system of SYSTEMS) {
    const c = scoreCorpus(scores[system]);
    rows.push({
      corpus: name,
      system,
      f1: c.f1,
      precision: c.precision,
      recall: c.recall,
      accuracy: c.accuracy,
      medianMs: quantile(times[system], 0.5),
      p95Ms: quantile(times[system], 0.95),
    });
  }
}

function snippetCorpus(name: string, rows: Row[], worse: Worse[]): void {
  const dir = corpusDir(name);
  const pages = readSnippets(dir);
  const counts: Record<System, SnippetCounts[]> = { readability: [], ringkas: [] };
  const times: Record<System, number[]> = { readability: [], ringkas: [] };
  pages.forEach((page, i) => {
    const html = readPageHtml(dir, page.id);
    const out = runBoth(html, page.url, i);
    const pageCounts = {} as Record<System, SnippetCounts>;
    for (const system of SYSTEMS) {
      pageCounts[system] = countSnippets(out[system].text, page.with, page.without);
      counts[system].push(pageCounts[system]);
      times[system].push(out[system].ms);
      dump(name, page.id, system, out[system].text);
    }
    const errors = (c: SnippetCounts): number => c.fp + c.fn;
    const delta = errors(pageCounts.readability) - errors(pageCounts.ringkas);
    if (delta < 0) {
      const show = (c: SnippetCounts): string => `tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
      worse.push({
        corpus: name,
        id: page.id,
        readability: show(pageCounts.readability),
        ringkas: show(pageCounts.ringkas),
        delta,
      });
    }
  });
  for (const system of SYSTEMS) {
    const s = snippetScore(counts[system]);
    rows.push({
      corpus: name,
      system,
      ...s,
      medianMs: quantile(times[system], 0.5),
      p95Ms: quantile(times[system], 0.95),
    });
  }
}

const f3 = (n: number): string => n.toFixed(3);
const f1 = (n: number): string => n.toFixed(1);

function markdown(rows: Row[], worse: Worse[]): string {
  const lines = [
    '# Extraction benchmark',
    '',
    'Readability.js 0.6.0 alone against Ringkas (`extractArticle`), linkedom DOM, same run. Metrics: ../shared/docs/METRICS.md.',
    `Times: HTML string to text, DOM parse included; per page the fastest of ${ROUNDS} alternating rounds. Ringkas runs on the freshly parsed document (option disposableDocument, no clone), as the CLI does.`,
    '',
    '| corpus | system | F1 | precision | recall | accuracy | median ms | p95 ms | median ratio |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const base = rows.find((r) => r.corpus === row.corpus && r.system === 'readability');
    const ratio = base && row.system === 'ringkas' ? (row.medianMs / base.medianMs).toFixed(2) : '';
    lines.push(
      `| ${row.corpus} | ${row.system} | ${f3(row.f1)} | ${f3(row.precision)} | ${f3(row.recall)} | ${f3(row.accuracy)} | ${f1(row.medianMs)} | ${f1(row.p95Ms)} | ${ratio} |`,
    );
  }
  lines.push('', `## Pages where Ringkas is worse than Readability (${worse.length})`, '');
  if (worse.length) {
    lines.push('| corpus | page | Readability | Ringkas |', '|---|---|---|---|');
    for (const w of worse)
      lines.push(
        `| ${w.corpus} | ${w.id} | ${w.readability} | ${w.ringkas}${w.corpus !== 'trafilatura' && w.delta < -0.02 ? ' (more than 0.02 F1 lost)' : ''} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

export async function run(): Promise<void> {
  const rows: Row[] = [];
  const worse: Worse[] = [];
  const only = process.env['RINGKAS_BENCH_CORPORA']?.split(',');
  for (const name of ['zyte', 'indonesian'])
    if (!only || only.includes(name)) truthCorpus(name, rows, worse);
  if (!only || only.includes('trafilatura')) snippetCorpus('trafilatura', rows, worse);

  const table = rows.map((r) => ({
    corpus: r.corpus,
    system: r.system,
    F1: f3(r.f1),
    P: f3(r.precision),
    R: f3(r.recall),
    acc: f3(r.accuracy),
    'median ms': f1(r.medianMs),
    'p95 ms': f1(r.p95Ms),
  }));
  console.table(table);
  for (const corpus of new Set(rows.map((r) => r.corpus))) {
    const a = rows.find((r) => r.corpus === corpus && r.system === 'readability');
    const b = rows.find((r) => r.corpus === corpus && r.system === 'ringkas');
    if (a && b)
      console.log(
        `${corpus}: ratio of medians (Ringkas / Readability) ${(b.medianMs / a.medianMs).toFixed(2)}`,
      );
  }
  console.log(`\nPages where Ringkas is worse than Readability: ${worse.length}`);
  for (const w of worse) {
    const big = w.corpus !== 'trafilatura' && w.delta < -0.02 ? '  <- more than 0.02 F1 lost' : '';
    console.log(`  ${w.corpus}  ${w.id}  readability ${w.readability}  ringkas ${w.ringkas}${big}`);
  }

  const outDir = path.join(repoRoot, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const json = rows.map(({ corpus, system, f1, precision, recall, accuracy, medianMs, p95Ms }) => ({
    corpus,
    system,
    f1,
    precision,
    recall,
    accuracy,
    medianMs,
    p95Ms,
  }));
  fs.writeFileSync(path.join(outDir, 'extraction.json'), `${JSON.stringify(json, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'extraction.md'), markdown(rows, worse));
  console.log(`\nWrote ${path.relative(repoRoot, outDir)}/extraction.json and extraction.md`);
}
