// The confidence thresholds of a model (scripts/ner/train.ts): a fifth of the training articles
// (five sentences each, as the release check groups them) is held out, a model trained on the
// rest reads them through the same analyze() a page gets, and each type's threshold is the lowest
// one within noise of the most precise while recall stays above a floor (the release target with a
// margin); the shipped model (trained on everything) carries the thresholds in its file.
// Seeded: the same data gives the same choice.
import { seededRandom } from '../../bench/lib/stats';
import {
  articles,
  emptyTally,
  precision,
  recall,
  score,
  type NerSentence,
  type Tally,
} from '../../bench/lib/ner-data';
import { analyze } from '../../src/core/analyze';
import type { GazetteerData } from '../../src/core/ner/features';
import { loadTagger, type EntityType, type NerModelData } from '../../src/core/ner/tagger';

/** Share of the training articles held out for the thresholds. */
export const HELD_OUT = 0.2;
/** Sentences an article, as the release check groups them. */
const ARTICLE = 5;

/**
 * Recall a threshold must keep on the held-out articles, by type: the release targets (people
 * 0.6, places and organisations 0.5) and 0.05 for the difference of unseen news.
 */
export const RECALL_FLOOR: Record<EntityType, number> = { PER: 0.65, LOC: 0.55, ORG: 0.55 };

export const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.975, 0.99];

const TYPES: [EntityType, 'people' | 'places' | 'organizations'][] = [
  ['PER', 'people'],
  ['LOC', 'places'],
  ['ORG', 'organizations'],
];

/** Whole articles of consecutive sentences, a seeded fifth of them held out. */
export function holdOut(
  sentences: NerSentence[],
  seed: number,
): { rest: NerSentence[]; heldOut: NerSentence[] } {
  const groups: NerSentence[][] = [];
  for (let i = 0; i < sentences.length; i += ARTICLE) groups.push(sentences.slice(i, i + ARTICLE));
  const random = seededRandom(seed + 1);
  const out = new Set<number>();
  const order = groups.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order.slice(0, Math.round(groups.length * HELD_OUT))) out.add(i);
  return {
    rest: groups.filter((_, i) => !out.has(i)).flat(),
    heldOut: groups.filter((_, i) => out.has(i)).flat(),
  };
}

export interface Point {
  threshold: number;
  precision: number;
  recall: number;
}

/** Precision differences smaller than this are noise on a few hundred names (one name in 200). */
export const TIE = 0.005;

/**
 * Among the thresholds that keep recall at the floor, the lowest whose precision is within TIE
 * of the best (no recall is given up for noise); the lowest of all when none keeps the floor.
 */
export function pick(points: Point[], floor: number): number {
  const keeping = points.filter((p) => p.recall >= floor);
  if (!keeping.length) return Math.min(...points.map((p) => p.threshold));
  const best = Math.max(...keeping.map((p) => p.precision));
  return Math.min(...keeping.filter((p) => p.precision >= best - TIE).map((p) => p.threshold));
}

export function chooseThresholds(
  lang: string,
  model: NerModelData,
  gazetteer: GazetteerData,
  heldOut: NerSentence[],
  log: (line: string) => void,
): Record<EntityType, number> {
  const base = loadTagger(model, gazetteer);
  const list = articles(heldOut, ARTICLE);
  const curves = new Map<EntityType, Point[]>(TYPES.map(([t]) => [t, []]));
  for (const threshold of GRID) {
    const tagger = { ...base, thresholds: { PER: threshold, LOC: threshold, ORG: threshold } };
    const tallies = new Map<EntityType, Tally>(TYPES.map(([t]) => [t, emptyTally()]));
    for (const article of list) {
      const digest = analyze(article.paragraphs, { lang, taggers: { get: () => tagger } });
      for (const [type, key] of TYPES) {
        const names = digest.facts[key].map((x) => x.name);
        score(tallies.get(type)!, names, article.names[type]);
      }
    }
    for (const [type, t] of tallies)
      curves.get(type)!.push({ threshold, precision: precision(t), recall: recall(t) });
  }
  const chosen = {} as Record<EntityType, number>;
  for (const [type, points] of curves) {
    chosen[type] = pick(points, RECALL_FLOOR[type]);
    log(
      `${lang} ${type} held out (${list.length} articles): ` +
        points
          .map((p) => `${p.threshold}: ${p.precision.toFixed(3)}/${p.recall.toFixed(3)}`)
          .join(', ') +
        ` -> ${chosen[type]}`,
    );
  }
  return chosen;
}
