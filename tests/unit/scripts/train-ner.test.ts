// Training is reproducible: the same configuration writes the same bytes (on a few sentences and
// two epochs here; `npm run train` is the same code on all of them).
import { describe, expect, it } from 'vitest';
import { serialise, train, type Config } from '../../../scripts/ner/train';
import { loadTagger } from '../../../src/core/ner/tagger';
import { tokenize } from '../../../src/core/text/tokens';

const config: Config = {
  code: 'id',
  train: ['idner2k-train'],
  dev: [],
  epochs: 2,
  minCount: 1,
  prune: 0.004,
  limit: 150,
};
const quiet = () => {};

describe('npm run train', () => {
  it('writes the same bytes twice, and a model the tagger loads', () => {
    const first = train(config, quiet);
    const again = train(config, quiet);
    expect(serialise(again)).toBe(serialise(first));
    expect(first.features.length).toBeGreaterThan(100);
    const tagger = loadTagger(first, null);
    expect(() => tagger.tag(tokenize('Kata Budi di Jakarta.'))).not.toThrow();
  });
  it('depends on its data: fewer sentences give another model', () => {
    const fewer = train({ ...config, limit: 100 }, quiet);
    expect(serialise(fewer)).not.toBe(serialise(train(config, quiet)));
  });
});
