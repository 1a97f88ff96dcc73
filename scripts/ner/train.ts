// The training of the entity taggers (npm run train, scripts/train-ner.ts): an averaged
// structured perceptron over the features of src/core/ner/features.ts, decoded with Viterbi,
// then pruned and quantised to int8. Seeded and single-threaded: the same configuration gives
// the same bytes (tests/unit/scripts/train-ner.test.ts checks it on a few sentences).
import fs from 'node:fs';
import path from 'node:path';
import { labelledTokens, nerFile, readConll, type NerSentence } from '../../bench/lib/ner-data';
import {
  compileGazetteer,
  sentenceFeatures,
  type GazetteerData,
} from '../../src/core/ner/features';
import { LABELS, loadTagger, viterbi, type NerModelData } from '../../src/core/ner/tagger';
import { seededRandom } from '../../bench/lib/stats';
import { chooseThresholds, holdOut } from './calibrate';
import { namePools, newsSentences } from './news-templates';

const L = LABELS.length;
const root = path.resolve(import.meta.dirname, '..', '..');
export const packs = path.join(root, 'src', 'core', 'lang', 'packs');

export interface Config {
  code: string;
  train: string[];
  dev: string[];
  /**
   * Training sets the thresholds' held-out articles come from: news, like the text the facts
   * are for (NERGrit holds encyclopaedia text too); all of `train` when not given.
   */
  calibrateOn?: string[];
  epochs: number;
  /** Features seen fewer times than this in training are left out. */
  minCount: number;
  /** Features whose largest averaged weight is below this share of the largest are pruned. */
  prune: number;
  /** Only the first this many training sentences (the reproducibility test trains on a few). */
  limit?: number;
  /**
   * News sentences made from templates (news-templates.ts) with the training sets' names, added
   * to the training data (not to the thresholds' held-out articles): for a language whose only
   * data is not news.
   */
  news?: number;
}

export const CONFIGS: Config[] = [
  {
    code: 'id',
    train: ['idner2k-train', 'nergrit-train'],
    dev: ['idner2k-dev', 'nergrit-valid'],
    calibrateOn: ['idner2k-train'],
    epochs: 12,
    minCount: 1,
    prune: 0.004,
  },
  {
    code: 'en',
    train: ['wikiann-en-train'],
    dev: ['wikiann-en-dev'],
    epochs: 8,
    minCount: 2,
    prune: 0.006,
    news: 6000,
  },
];

const SEED = 11;
/** Temperature of the confidence (chosen on the dev splits with npm run bench -- facts). */
const TEMPERATURE = 8;
interface Example {
  feats: number[][];
  gold: number[];
}

/** The file's bytes: what `npm run train` writes. */
export const serialise = (model: NerModelData): string => JSON.stringify(model) + '\n';

/**
 * The model of `npm run train`: thresholds chosen on articles held out from the training data
 * (calibrate.ts, a model trained without them), then the shipped model trained on all of it
 * with those thresholds. The dev splits stay unseen by every choice, an honest estimate.
 */
export function train(config: Config, log: (line: string) => void = console.log): NerModelData {
  const gazetteer = JSON.parse(
    fs.readFileSync(path.join(packs, config.code, 'gazetteer.json'), 'utf8'),
  ) as GazetteerData;
  const sets = config.train.map((name) => ({ name, sentences: readConll(nerFile(name)) }));
  const read: NerSentence[] = sets
    .flatMap((set) => set.sentences)
    .slice(0, config.limit ?? Infinity);
  const sentences = config.news
    ? [...read, ...newsSentences(namePools(read), config.news, SEED)]
    : read;
  // The held-out articles: a seeded fifth of the calibration sets' (of the first `limit`).
  const calibrate = new Set(config.calibrateOn ?? config.train);
  const pool = new Set(sets.filter((x) => calibrate.has(x.name)).flatMap((x) => x.sentences));
  const { heldOut } = holdOut(
    sentences.filter((x) => pool.has(x)),
    SEED,
  );
  const out = new Set(heldOut);
  const probe = trainOn(
    sentences.filter((x) => !out.has(x)),
    config,
    gazetteer,
    () => {},
  );
  const thresholds = chooseThresholds(config.code, probe, gazetteer, heldOut, log);
  const model = { ...trainOn(sentences, config, gazetteer, log), thresholds };
  devCheck(config, model, gazetteer, log);
  return model;
}

function trainOn(
  sentences: NerSentence[],
  config: Config,
  gazetteer: GazetteerData,
  log: (line: string) => void,
): NerModelData {
  const compiled = compileGazetteer(gazetteer);
  const raw = sentences.map((s) => {
    const { tokens, labels } = labelledTokens(s);
    return { feats: sentenceFeatures(tokens, compiled), gold: labels };
  });
  const counts = new Map<string, number>();
  for (const r of raw)
    for (const fs of r.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= config.minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  const examples: Example[] = raw
    .filter((r) => r.gold.length > 0)
    .map((r) => ({
      feats: r.feats.map((fs) =>
        fs.map((f) => index.get(f)).filter((x): x is number => x !== undefined),
      ),
      gold: r.gold.map((g) => labelIndex.get(g) ?? 0),
    }));
  const F = names.length;
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const random = seededRandom(SEED);
  let c = 1;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const k of order) {
      const ex = examples[k]!;
      const em = ex.feats.map((fs) => {
        const row = new Float64Array(L);
        for (const f of fs) for (let y = 0; y < L; y++) row[y]! += w[f * L + y]!;
        return row;
      });
      const pred = viterbi(em, tw);
      let wrong = false;
      for (let i = 0; i < pred.length; i++) {
        const g = ex.gold[i]!;
        const p = pred[i]!;
        const gp = i === 0 ? 0 : ex.gold[i - 1]! + 1;
        const pp = i === 0 ? 0 : pred[i - 1]! + 1;
        if (g !== p) {
          wrong = true;
          for (const f of ex.feats[i]!) {
            w[f * L + g]! += 1;
            u[f * L + g]! += c;
            w[f * L + p]! -= 1;
            u[f * L + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * L + g]! += 1;
          tu[gp * L + g]! += c;
          tw[pp * L + p]! -= 1;
          tu[pp * L + p]! -= c;
        }
      }
      if (wrong) errors++;
      c++;
    }
    log(`${config.code} epoch ${epoch + 1}: ${errors} of ${examples.length} sentences wrong`);
  }
  // Averaged weights, pruned, quantised.
  const avg = new Float64Array(F * L);
  for (let i = 0; i < avg.length; i++) avg[i] = w[i]! - u[i]! / c;
  const tavg = tw.map((x, i) => x - tu[i]! / c);
  let max = 0;
  for (const x of avg) max = Math.max(max, Math.abs(x));
  for (const x of tavg) max = Math.max(max, Math.abs(x));
  const scale = max / 127;
  const kept: number[] = [];
  for (let f = 0; f < F; f++) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(avg[f * L + y]!));
    if (m >= config.prune * max && m >= scale) kept.push(f);
  }
  const q = new Int8Array(kept.length * L);
  kept.forEach((f, k) => {
    for (let y = 0; y < L; y++)
      q[k * L + y] = Math.max(-127, Math.min(127, Math.round(avg[f * L + y]! / scale)));
  });
  const model: NerModelData = {
    format: 'ringkas-ner-1',
    lang: config.code,
    scale: Number(scale.toPrecision(6)),
    temperature: TEMPERATURE,
    transitions: [...tavg].map((x) => Math.max(-127, Math.min(127, Math.round(x / scale)))),
    features: kept.map((f) => names[f]!),
    weights: Buffer.from(q.buffer).toString('base64'),
  };
  log(`${config.code}: ${F} features, ${kept.length} kept`);
  return model;
}

function devCheck(
  config: Config,
  model: NerModelData,
  gazetteer: GazetteerData,
  log: (line: string) => void,
): void {
  // Token-level check on the dev splits (the facts bench measures what a reader sees).
  const tagger = loadTagger(model, gazetteer);
  for (const name of config.dev) {
    let tp = 0;
    let found = 0;
    let gold = 0;
    for (const s of readConll(nerFile(name))) {
      const { tokens, labels } = labelledTokens(s);
      const spans = tagger.tag(tokens);
      const goldSpans = new Set<string>();
      for (let i = 0; i < labels.length; i++) {
        if (!labels[i]!.startsWith('B')) continue;
        let e = i + 1;
        while (labels[e]?.startsWith('I')) e++;
        goldSpans.add(`${labels[i]!.slice(2)}:${i}:${e}`);
      }
      gold += goldSpans.size;
      found += spans.length;
      for (const sp of spans) if (goldSpans.has(`${sp.type}:${sp.s}:${sp.e}`)) tp++;
    }
    const p = tp / Math.max(1, found);
    const r = tp / Math.max(1, gold);
    log(
      `${name}: exact-span P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`,
    );
  }
}
