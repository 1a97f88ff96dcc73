// Extractive summary: N sentences (default 3, 1 to 7) in article order, each with its index.
// Lead-3 is strong on news, so position is the prior (exp(-index / 4)); title overlap moves a
// sentence up; quoted speech, fragments (subheadings, captions) and questions move down; a
// sentence too similar to one already chosen is skipped; datelines ("Jakarta, KOMPAS.com -")
// are left out of the text. Measured on indosum/dev (npm run bench -- summary), each of these
// adds to the score over Lead-3: without the quote penalty R1 drops 0.019, without the dateline
// 0.012, without the fragment penalty 0.005, without redundancy control 0.004. Centrality
// (cosine with the article's repeated content words) and name/number density were measured too
// and lowered ROUGE at every weight tried (centrality 0.6: -0.010 R1), so they are not used.
import type { SummarySentence } from '../types';
import type { TextPack } from '../text/packs';
import { contentWords } from '../text/tokens';
import { DEFAULT_SENTENCES, MAX_SENTENCES, MIN_SENTENCES } from './defaults';

export interface SummaryInput {
  sentences: string[];
  /** Length of a leading dateline per sentence (0 when none). */
  datelineLengths: number[];
  title: string | null;
  pack: TextPack;
}

export { DEFAULT_SENTENCES, MIN_SENTENCES, MAX_SENTENCES } from './defaults';

export const WEIGHTS = {
  /** Position prior: exp(-index / decay). */
  positionDecay: 4,
  /** Cosine with the title's content words (indosum has no titles: not measured there). */
  title: 0.2,
  /** Multiplier for a sentence that opens with a quote mark (quoted speech). */
  quote: 0.6,
  /** Multiplier for fragments and questions. */
  short: 0.3,
  /** Fewer content words than this is a fragment (a subheading, a caption). */
  minWords: 6,
  /** Similarity above which a candidate repeats a chosen sentence. */
  redundancy: 0.6,
};

const QUOTE_START = /^["“'‘«]/u;

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function bag(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** The sentence as the summary shows it: without a leading dateline. */
export function summaryText(sentence: string, datelineLength: number): string {
  return datelineLength > 0 ? sentence.slice(datelineLength).trim() : sentence;
}

export function summarize(
  input: SummaryInput,
  count = DEFAULT_SENTENCES,
  weights = WEIGHTS,
): SummarySentence[] {
  const n = Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, Math.round(count)));
  const { sentences, pack } = input;
  if (sentences.length <= n) {
    return sentences.map((s, i) => ({
      text: summaryText(s, input.datelineLengths[i] ?? 0),
      sentence: i,
    }));
  }
  const texts = sentences.map((s, i) => summaryText(s, input.datelineLengths[i] ?? 0));
  const words = texts.map((t) => contentWords(t, pack.stopwords));
  const titleBag = bag(input.title ? contentWords(input.title, pack.stopwords) : []);
  const bags = words.map(bag);

  const scores = texts.map((text, i) => {
    const ws = words[i]!;
    const position = Math.exp(-i / weights.positionDecay);
    const title = titleBag.size ? cosine(bags[i]!, titleBag) : 0;
    let score = position + weights.title * title;
    if (QUOTE_START.test(text)) score *= weights.quote;
    if (ws.length < weights.minWords || text.endsWith('?')) score *= weights.short;
    return score;
  });

  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s || a.i - b.i);
  const chosen: number[] = [];
  for (const { i } of order) {
    if (chosen.length >= n) break;
    if (chosen.some((j) => cosine(bags[i]!, bags[j]!) > weights.redundancy)) continue;
    chosen.push(i);
  }
  for (const { i } of order) {
    if (chosen.length >= n) break;
    if (!chosen.includes(i)) chosen.push(i);
  }
  return chosen.sort((a, b) => a - b).map((i) => ({ text: texts[i]!, sentence: i }));
}
