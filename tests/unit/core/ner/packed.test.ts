// The packed entity model (what the extension ships, src/core/ner/packed.ts) tags exactly as the
// trained JSON it is packed from, on the real models and real text, and a damaged file is refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTagger, type NerModelData } from '../../../../src/core/ner/tagger';
import { packNerModel, unpackNerModel } from '../../../../src/core/ner/packed';
import type { GazetteerData } from '../../../../src/core/ner/features';
import { tokenize } from '../../../../src/core/text/tokens';
import { splitSentences } from '../../../../src/core/text/split-sentences';
import { getPack } from '../../../../src/core/text/packs';

const packs = path.resolve(import.meta.dirname, '../../../../src/core/lang/packs');
const read = <T>(code: string, file: string) =>
  JSON.parse(fs.readFileSync(path.join(packs, code, file), 'utf8')) as T;
const seed = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../../../shared/seed/article.txt'),
  'utf8',
);
const english =
  'Prime Minister Anthony Albanese met President Joe Biden in Washington on Tuesday. ' +
  '"We agreed on the deal," said Penny Wong, the foreign minister, after talks at the White House. ' +
  'Shares of Apple Inc. rose in New York as the European Union fined Google.';

const bytesOf = (packed: Uint8Array) =>
  packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength) as ArrayBuffer;

describe('the packed entity model', () => {
  for (const [code, text] of [
    ['id', seed],
    ['en', english],
  ] as const) {
    it(`tags as the trained JSON does (${code})`, () => {
      const json = read<NerModelData>(code, 'ner.json');
      const gazetteer = read<GazetteerData>(code, 'gazetteer.json');
      const packed = unpackNerModel(bytesOf(packNerModel(json)));
      expect(packed.features).toBe(json.features.length);
      const fromJson = loadTagger(json, gazetteer);
      const fromPacked = loadTagger(packed, gazetteer);
      let spans = 0;
      for (const sentence of text.split(/\n+/).flatMap((p) => splitSentences(p, getPack(code)))) {
        const tokens = tokenize(sentence);
        const expected = fromJson.tag(tokens);
        spans += expected.length;
        expect(fromPacked.tag(tokens)).toEqual(expected);
      }
      expect(spans).toBeGreaterThan(3);
      // Every feature is found at its own row, and a feature the model lacks is not.
      for (const i of [0, 1, json.features.length >> 1, json.features.length - 1])
        expect(packed.rowOf(json.features[i]!)).toBe(i * 7);
      expect(packed.rowOf('w=no-such-feature-in-any-model')).toBeUndefined();
      // The calibrated thresholds travel with the weights: the packed tagger keeps as much.
      expect(json.thresholds).toBeDefined();
      expect(fromPacked.thresholds).toEqual(fromJson.thresholds);
    });
  }

  it('refuses a file that is cut short or not a packed model', () => {
    const bytes = packNerModel(read<NerModelData>('id', 'ner.json'));
    expect(() => unpackNerModel(bytesOf(bytes.subarray(0, bytes.length - 10)))).toThrow(/damaged/);
    expect(() => unpackNerModel(new TextEncoder().encode('{"format":1}').buffer)).toThrow(
      /damaged/,
    );
  });
});
