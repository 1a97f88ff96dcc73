// The tagger's decoding and model loading, on a tiny hand-made model.
import { describe, expect, it } from 'vitest';
import {
  LABELS,
  loadTagger,
  spansOf,
  viterbi,
  type NerModelData,
} from '../../../../src/core/ner/tagger';
import { tokenize } from '../../../../src/core/text/tokens';

const L = LABELS.length;
function model(weights: Record<string, number[]>): NerModelData {
  const features = Object.keys(weights);
  const bytes = new Int8Array(features.length * L);
  features.forEach((f, i) => weights[f]!.forEach((w, y) => (bytes[i * L + y] = w)));
  return {
    format: 'ringkas-ner-1',
    lang: 'xx',
    scale: 1,
    temperature: 1,
    transitions: new Array((L + 1) * L).fill(0),
    features,
    weights: Buffer.from(bytes.buffer).toString('base64'),
  };
}

describe('the tagger', () => {
  it('tags by its weights and gives each span a confidence', () => {
    const tagger = loadTagger(
      model({ b: [5, 0, 0, 0, 0, 0, 0], 'w=budi': [0, 20, 0, 0, 0, 0, 0] }),
      null,
    );
    const spans = tagger.tag(tokenize('kata Budi kemarin'));
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ type: 'PER', s: 1, e: 2 });
    expect(spans[0]!.confidence).toBeGreaterThan(0.99);
  });
  it('gives the same spans from its per-word cache as from the features of the sentence', () => {
    // "w=budi" is a word feature (cached per text), "p1=kata" a context one: both must count, on
    // the first sight of "Budi" and on later ones in another context.
    const tagger = loadTagger(
      model({
        b: [5, 0, 0, 0, 0, 0, 0],
        'w=budi': [0, 4, 0, 0, 0, 0, 0],
        'p1=kata': [0, 4, 0, 0, 0, 0, 0],
      }),
      null,
    );
    const types = (text: string) => tagger.tag(tokenize(text)).map((x) => [x.type, x.s]);
    expect(types('kata Budi kemarin')).toEqual([['PER', 1]]);
    expect(types('dan Budi kemarin')).toEqual([]);
    expect(types('kata Budi kemarin')).toEqual([['PER', 1]]);
    expect(types('kata Ani kemarin')).toEqual([]);
  });
  it('never decodes an inside label without its beginning', () => {
    // I-PER scores best everywhere, but may not start a name.
    const path = viterbi([new Float64Array([0, 0, 9, 0, 0, 0, 0])], new Array((L + 1) * L).fill(0));
    expect(LABELS[path[0]!]).not.toBe('I-PER');
  });
  it('reads spans off a label path', () => {
    expect(spansOf([0, 3, 4, 0, 5], null).map((s) => [s.type, s.s, s.e])).toEqual([
      ['LOC', 1, 3],
      ['ORG', 4, 5],
    ]);
  });
  it('refuses a damaged model file with a clear message', () => {
    const broken = { ...model({ b: [0, 0, 0, 0, 0, 0, 0] }), features: ['b', 'c'] };
    expect(() => loadTagger(broken, null)).toThrow(/damaged/);
    expect(() =>
      loadTagger({ ...broken, format: 'other' } as unknown as NerModelData, null),
    ).toThrow(/Unknown entity model format/);
  });
});
