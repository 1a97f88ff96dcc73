// The metrics of ../shared/docs/METRICS.md: the Zyte shingle metric and the snippet metric.
import { seededRandom } from './stats';

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(toks: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (toks.length === 0) return counts;
  const n = Math.min(SHINGLE, toks.length);
  for (let i = 0; i + n <= toks.length; i++) {
    const key = toks.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  emptyPrediction: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const pt = tokens(predicted);
  const tt = tokens(truth);
  const ps = shingles(pt);
  const ts = shingles(tt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of ps) {
    const shared = Math.min(count, ts.get(key) ?? 0);
    tp += shared;
    fp += count - shared;
  }
  for (const [key, count] of ts) fn += count - Math.min(count, ps.get(key) ?? 0);
  const sum = tp + fp + fn;
  const ntp = sum ? tp / sum : 0;
  const nfp = sum ? fp / sum : 0;
  const nfn = sum ? fn / sum : 0;
  const precision = nfp === 0 && nfn === 0 ? 1 : ntp + nfp === 0 ? 0 : ntp / (ntp + nfp);
  const recall = nfp === 0 && nfn === 0 ? 1 : ntp + nfn === 0 ? 0 : ntp / (ntp + nfn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = pt.length === tt.length && pt.every((t, i) => t === tt[i]);
  return { precision, recall, f1, exact, emptyPrediction: pt.length === 0 };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  spread: number;
}

function corpusFrom(scores: PageScore[]): Omit<CorpusScore, 'spread'> {
  const nonEmpty = scores.filter((s) => !s.emptyPrediction);
  const precision = nonEmpty.length
    ? nonEmpty.reduce((a, s) => a + s.precision, 0) / nonEmpty.length
    : 0;
  const recall = scores.length
    ? scores.reduce((a, s) => a + (s.emptyPrediction ? 0 : s.recall), 0) / scores.length
    : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.length ? scores.filter((s) => s.exact).length / scores.length : 0;
  return { f1, precision, recall, accuracy };
}

export function scoreCorpus(scores: PageScore[], resamples = 1000, seed = 42): CorpusScore {
  const base = corpusFrom(scores);
  const random = seededRandom(seed);
  const f1s: number[] = [];
  for (let r = 0; r < resamples && scores.length; r++) {
    const sample: PageScore[] = [];
    for (let i = 0; i < scores.length; i++)
      sample.push(scores[Math.floor(random() * scores.length)]!);
    f1s.push(corpusFrom(sample).f1);
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1);
  const spread = Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / (f1s.length || 1));
  return { ...base, spread };
}

// Snippet metric (trafilatura/).
const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function countSnippets(
  predicted: string,
  withs: string[],
  withouts: string[],
): SnippetCounts {
  const text = normalise(predicted);
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of withs) {
    if (text.includes(normalise(s))) counts.tp++;
    else counts.fn++;
  }
  for (const s of withouts) {
    if (text.includes(normalise(s))) counts.fp++;
    else counts.tn++;
  }
  return counts;
}

export function snippetScore(all: SnippetCounts[]): {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
} {
  const sum = all.reduce(
    (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }),
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  );
  const precision = sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : 0;
  const recall = sum.tp + sum.fn ? sum.tp / (sum.tp + sum.fn) : 0;
  const f1 = 2 * sum.tp + sum.fp + sum.fn ? (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn) : 0;
  const total = sum.tp + sum.fp + sum.fn + sum.tn;
  const accuracy = total ? (sum.tp + sum.tn) / total : 0;
  return { f1, precision, recall, accuracy };
}
