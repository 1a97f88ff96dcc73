// The entity tagger: a linear-chain model (averaged perceptron, trained by scripts/train-ner.ts)
// decoded with Viterbi, its weights quantised to int8 in src/core/lang/packs/<code>/ner.json.
// Pure: the caller loads the JSON (fs in Node) or the packed model the extension ships
// (src/core/ner/packed.ts) and hands it over.
import type { Token } from '../text/tokens';
import {
  compileGazetteer,
  contextFeatures,
  shape,
  wordFeatures,
  type Gazetteer,
  type GazetteerData,
} from './features';
import type { PackedNerModel } from './packed';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type EntityType = 'PER' | 'LOC' | 'ORG';
const L = LABELS.length;
/** Distinct token texts whose word weights a tagger keeps. */
const WORD_CACHE = 50_000;

/** The model file. Weights: base64 of int8, LABELS.length per feature, times `scale`. */
export interface NerModelData {
  format: 'ringkas-ner-1';
  lang: string;
  scale: number;
  /** Divides the scores before the marginals that give a span its confidence. */
  temperature?: number;
  /**
   * Lowest confidence for a name of each type to be shown, chosen by the training script on
   * articles held out from the training data (scripts/ner/train.ts); defaults otherwise.
   */
  thresholds?: Partial<Record<EntityType, number>>;
  /** (L + 1) x L int8: row 0 is the start, row p + 1 follows label p. */
  transitions: number[];
  features: string[];
  weights: string;
}

export interface EntitySpan {
  type: EntityType;
  /** Token indices [s, e). */
  s: number;
  e: number;
  /** Lowest marginal probability of the span's labels, 0..1. */
  confidence: number;
}

/** Confidence thresholds of a model without its own (the values before calibration). */
export const DEFAULT_THRESHOLDS: Readonly<Record<EntityType, number>> = {
  PER: 0.8,
  LOC: 0.7,
  ORG: 0.7,
};

export interface Tagger {
  lang: string;
  gazetteer: Gazetteer | null;
  /** Lowest confidence of a name shown, by type. */
  thresholds: Readonly<Record<EntityType, number>>;
  tag(tokens: Token[]): EntitySpan[];
}

function decodeBase64(text: string): Int8Array {
  const binary = atob(text);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}

/** The JSON model's weights and a map of its features (the packed model has them built). */
function indexed(model: NerModelData): Pick<PackedNerModel, 'weights' | 'rowOf'> {
  const weights = decodeBase64(model.weights);
  if (weights.length !== model.features.length * L)
    throw new Error('The entity model file is damaged (its sizes do not agree).');
  const index = new Map<string, number>();
  model.features.forEach((f, i) => index.set(f, i * L));
  return { weights, rowOf: (f) => index.get(f) };
}

/** I-X may only follow B-X or I-X. */
function allowed(prev: number, next: number): boolean {
  if (next === 0 || LABELS[next]!.startsWith('B')) return true;
  return prev > 0 && LABELS[prev]!.slice(2) === LABELS[next]!.slice(2);
}

/** Emission scores, sentence length x L, from a feature lookup. */
export function emissions(
  feats: string[][],
  weightOf: (feature: string, out: Float64Array) => void,
): Float64Array[] {
  return feats.map((fs) => {
    const row = new Float64Array(L);
    for (const f of fs) weightOf(f, row);
    return row;
  });
}

/** The best label sequence (Viterbi). `trans[(p + 1) * L + y]`, row 0 the start. */
export function viterbi(em: Float64Array[], trans: ArrayLike<number>): number[] {
  const n = em.length;
  if (n === 0) return [];
  const back: Int8Array[] = [];
  let score = new Float64Array(L);
  for (let y = 0; y < L; y++) score[y] = allowed(-1, y) ? trans[y]! + em[0]![y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const next = new Float64Array(L);
    const bp = new Int8Array(L);
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, y)) continue;
        const s = score[p]! + trans[(p + 1) * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[y] = best + em[i]![y]!;
      bp[y] = arg;
    }
    back.push(bp);
    score = next;
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[k]! > score[y]!) y = k;
  const path = [y];
  for (let i = n - 2; i >= 0; i--) {
    y = back[i]![y]!;
    path.push(y);
  }
  return path.reverse();
}

/** Allowed transitions, row p + 1 (row 0 the start), as a flat table. */
const ALLOWED = (() => {
  const table = new Uint8Array((L + 1) * L);
  for (let p = -1; p < L; p++)
    for (let y = 0; y < L; y++) table[(p + 1) * L + y] = allowed(p, y) ? 1 : 0;
  return table;
})();

/** Marginal probability of each label at each token (forward-backward, scaled, linear space). */
export function marginals(em: Float64Array[], trans: ArrayLike<number>): Float64Array[] {
  const n = em.length;
  const expT = new Float64Array((L + 1) * L);
  for (let k = 0; k < expT.length; k++) expT[k] = ALLOWED[k] ? Math.exp(trans[k]!) : 0;
  // Emissions as exp(score - max of the row), so nothing overflows; the shift cancels out.
  const e = em.map((row) => {
    let m = -Infinity;
    for (let y = 0; y < L; y++) m = Math.max(m, row[y]!);
    const out = new Float64Array(L);
    for (let y = 0; y < L; y++) out[y] = Math.exp(row[y]! - m);
    return out;
  });
  const alpha: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const a = new Float64Array(L);
    let sum = 0;
    for (let y = 0; y < L; y++) {
      let v = 0;
      if (i === 0) v = expT[y]!;
      else for (let p = 0; p < L; p++) v += alpha[i - 1]![p]! * expT[(p + 1) * L + y]!;
      a[y] = v * e[i]![y]!;
      sum += a[y]!;
    }
    for (let y = 0; y < L; y++) a[y]! /= sum || 1;
    alpha.push(a);
  }
  const out: Float64Array[] = new Array<Float64Array>(n);
  let beta = new Float64Array(L).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    if (i < n - 1) {
      const next = new Float64Array(L);
      let sum = 0;
      for (let y = 0; y < L; y++) {
        let v = 0;
        for (let z = 0; z < L; z++) v += expT[(y + 1) * L + z]! * e[i + 1]![z]! * beta[z]!;
        next[y] = v;
        sum += v;
      }
      for (let y = 0; y < L; y++) next[y]! /= sum || 1;
      beta = next;
    }
    const m = new Float64Array(L);
    let z = 0;
    for (let y = 0; y < L; y++) {
      m[y] = alpha[i]![y]! * beta[y]!;
      z += m[y]!;
    }
    for (let y = 0; y < L; y++) m[y]! /= z || 1;
    out[i] = m;
  }
  return out;
}

/** Entity spans of a label path, with the lowest marginal of their labels. */
export function spansOf(path: number[], marg: Float64Array[] | null): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (let i = 0; i < path.length;) {
    const label = LABELS[path[i]!]!;
    if (label === 'O') {
      i++;
      continue;
    }
    const type = label.slice(2) as EntityType;
    let e = i + 1;
    while (e < path.length && LABELS[path[e]!] === `I-${type}`) e++;
    let confidence = 1;
    if (marg) for (let k = i; k < e; k++) confidence = Math.min(confidence, marg[k]![path[k]!]!);
    spans.push({ type, s: i, e, confidence });
    i = e;
  }
  return spans;
}

export function loadTagger(
  model: NerModelData | PackedNerModel,
  gazetteer: GazetteerData | null,
): Tagger {
  if (model.format !== 'ringkas-ner-1')
    throw new Error(`Unknown entity model format "${String(model.format)}"`);
  const { weights, rowOf } = 'rowOf' in model ? model : indexed(model);
  if (model.transitions.length !== (L + 1) * L) {
    throw new Error('The entity model file is damaged (its sizes do not agree).');
  }
  // Confidence is read at a temperature (the perceptron's raw margins are far too sure).
  const temperature = model.temperature ?? 1;
  const trans = model.transitions.map((t) => t * model.scale);
  const soft = trans.map((t) => t / temperature);
  const scale = model.scale;
  const compiled = gazetteer ? compileGazetteer(gazetteer) : null;
  const weightOf = (f: string, out: Float64Array) => {
    const at = rowOf(f);
    if (at === undefined) return;
    for (let y = 0; y < L; y++) out[y]! += weights[at + y]! * scale;
  };
  // The weights of a word's own features, by its text (bounded: cleared when full).
  const byText = new Map<string, { shape: string; row: Float64Array }>();
  return {
    lang: model.lang,
    gazetteer: compiled,
    thresholds: { ...DEFAULT_THRESHOLDS, ...model.thresholds },
    tag(tokens) {
      if (!tokens.length) return [];
      const words = tokens.map((t) => {
        let known = byText.get(t.text);
        if (!known) {
          const s = shape(t.text);
          const row = new Float64Array(L);
          for (const f of wordFeatures(t, s, compiled)) weightOf(f, row);
          if (byText.size >= WORD_CACHE) byText.clear();
          known = { shape: s, row };
          byText.set(t.text, known);
        }
        return known;
      });
      const context = contextFeatures(
        tokens,
        words.map((w) => w.shape),
        compiled,
      );
      const em = emissions(context, weightOf);
      em.forEach((row, i) => {
        for (let y = 0; y < L; y++) row[y]! += words[i]!.row[y]!;
      });
      const path = viterbi(em, trans);
      if (!path.some((y) => y !== 0)) return [];
      const cooled = em.map((row) => row.map((x) => x / temperature));
      return spansOf(path, marginals(cooled, soft));
    },
  };
}
