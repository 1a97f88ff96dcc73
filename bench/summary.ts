// npm run bench -- summary: ROUGE-1/2/L of Ringkas's 3-sentence summary and of Lead-3 on
// ../shared/corpus/indosum/dev.jsonl (../shared/docs/METRICS.md), plus the median time per
// article of the whole digest (facts and summary; for Lead-3, its sentence split alone).
// Writes bench/results/summary.json.
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir, repoRoot } from './lib/corpus';
import { quantile } from './lib/stats';
import { analyze } from '../src/core/analyze';
import { nodeTaggers } from '../src/cli/ner-models';

interface IndosumRow {
  id: string;
  category: string;
  paragraphs: string[];
  summary: string;
}

export interface SummaryResult {
  corpus: string;
  system: 'lead3' | 'ringkas';
  r1: number;
  r2: number;
  rl: number;
  /** Median ms per article: Lead-3 splitting alone, or Ringkas's whole digest (facts + summary). */
  medianMs: number;
}

// ROUGE as METRICS.md says: lower-case, tokens are runs of letters and digits, no stemming,
// no stop-word removal, n-gram counts clipped to the reference, F1 per article then averaged.
const ROUGE_TOKEN = /[\p{L}\p{N}]+/gu;
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(ROUGE_TOKEN) ?? [];
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

export function rougeN(candidate: string[], reference: string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

export function rougeL(candidate: string[], reference: string[]): number {
  const m = reference.length;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (const token of candidate) {
    for (let j = 1; j <= m; j++) {
      cur[j] = token === reference[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return f1(prev[m]!, candidate.length, m);
}

/** The Lead-3 baseline exactly as METRICS.md defines its sentences. */
const LEAD_SPLIT = /(?<=[.!?])\s+(?=[\p{Lu}"“'‘])/u;
export function lead3(paragraphs: string[]): string {
  const sentences: string[] = [];
  for (const p of paragraphs) {
    for (const s of p.split(LEAD_SPLIT)) if (s.trim()) sentences.push(s.trim());
  }
  return sentences.slice(0, 3).join(' ');
}

const median = (values: number[]) => quantile(values, 0.5);

export function readIndosum(): IndosumRow[] {
  const file = path.join(corpusDir('indosum'), 'dev.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as IndosumRow);
}

interface Scores {
  r1: number;
  r2: number;
  rl: number;
}

function score(pairs: { candidate: string; reference: string }[]): Scores {
  const sum = { r1: 0, r2: 0, rl: 0 };
  for (const { candidate, reference } of pairs) {
    const c = rougeTokens(candidate);
    const r = rougeTokens(reference);
    sum.r1 += rougeN(c, r, 1);
    sum.r2 += rougeN(c, r, 2);
    sum.rl += rougeL(c, r);
  }
  const n = pairs.length || 1;
  return { r1: sum.r1 / n, r2: sum.r2 / n, rl: sum.rl / n };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function run(): Promise<void> {
  const rows = readIndosum();
  // The entity model loads once, as in an extension context; its load time is reported apart.
  const loadStart = performance.now();
  const taggers = nodeTaggers();
  taggers.get('id');
  const loadMs = performance.now() - loadStart;
  console.log(`Entity model load (id): ${loadMs.toFixed(0)} ms, once`);
  // Warm up the JIT and the pack caches once over the set, so the times are steady-state.
  for (const row of rows) {
    analyze(row.paragraphs, { taggers });
    lead3(row.paragraphs);
  }

  const leadTimes: number[] = [];
  const leadPairs = rows.map((row) => {
    const start = performance.now();
    const candidate = lead3(row.paragraphs);
    leadTimes.push(performance.now() - start);
    return { candidate, reference: row.summary };
  });
  const ringkasPairs: { candidate: string; reference: string }[] = [];
  const times: number[] = [];
  for (const row of rows) {
    const start = performance.now();
    const digest = analyze(row.paragraphs, { taggers });
    times.push(performance.now() - start);
    ringkasPairs.push({
      candidate: digest.summary.map((s) => s.text).join(' '),
      reference: row.summary,
    });
  }
  const lead = score(leadPairs);
  const ours = score(ringkasPairs);
  const results: SummaryResult[] = [
    {
      corpus: 'indosum/dev',
      system: 'lead3',
      r1: round(lead.r1),
      r2: round(lead.r2),
      rl: round(lead.rl),
      medianMs: Math.round(median(leadTimes) * 1000) / 1000,
    },
    {
      corpus: 'indosum/dev',
      system: 'ringkas',
      r1: round(ours.r1),
      r2: round(ours.r2),
      rl: round(ours.rl),
      medianMs: Math.round(median(times) * 1000) / 1000,
    },
  ];
  console.table(results);
  const p95 = quantile(times, 0.95);
  console.log(
    `${rows.length} articles; digest ms median ${median(times).toFixed(3)}, p95 ${p95.toFixed(3)}`,
  );
  const outDir = path.join(repoRoot, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(results, null, 2) + '\n');
}
