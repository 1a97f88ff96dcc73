// The extension's digest loads the packed entity model as the build writes it and
// finds what the trained JSON model finds; without a model file it falls back to the rules.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelDigester } from '../../../src/platform/model-digester';
import { packNerModel } from '../../../src/core/ner/packed';
import { taggerCache, type ModelFiles } from '../../../src/core/ner/models';
import { articleDigest } from '../../../src/core/analyze';
import type { NerModelData } from '../../../src/core/ner/tagger';

const packs = path.resolve(import.meta.dirname, '../../../src/core/lang/packs');
const text = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../../shared/seed/article.txt'),
  'utf8',
);
const article = { text, lang: 'id', publishedTime: null, title: 'Berita' };
const json = JSON.parse(fs.readFileSync(path.join(packs, 'id/ner.json'), 'utf8')) as NerModelData;
const gazetteerText = fs.readFileSync(path.join(packs, 'id/gazetteer.json'), 'utf8');
const dataUrl = (bytes: Uint8Array, type: string) =>
  `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
/** The packaged files as data: URLs (Node's fetch reads them), as scripts/build.mjs writes them. */
const files: Record<string, string> = {
  'lang/id/ner.bin': dataUrl(packNerModel(json), 'application/octet-stream'),
  'lang/id/gazetteer.json': dataUrl(Buffer.from(gazetteerText), 'application/json'),
};
const missing = 'data:,';

describe('the extension digest with its packaged models', () => {
  it('loads the packed model and digests as the trained JSON model does', async () => {
    const digester = modelDigester((file) => files[file] ?? missing);
    expect(typeof (await digester.prepare('id'))).toBe('number');
    expect(await digester.prepare('xx')).toBeNull();
    const { digest, modelAt } = await digester.digest(article, 3);
    expect(modelAt).toBeGreaterThan(0);
    const fromJson = taggerCache((): ModelFiles => ({
      model: json,
      gazetteer: JSON.parse(gazetteerText),
    }));
    const expected = articleDigest(article, { summarySentences: 3, taggers: fromJson });
    expect(digest).toEqual(expected);
    expect(digest.facts.people.length).toBeGreaterThan(0);
  });

  it('leaves a language to the rules when its model file is missing or damaged', async () => {
    const rules = articleDigest(article, { summarySentences: 3, taggers: null });
    const tagged = await modelDigester((file) => files[file] ?? missing).digest(article, 3);
    // The seed's facts differ with and without the tagger, so the rules' digest tells them apart.
    expect(tagged.digest).not.toEqual(rules);
    for (const model of [missing, dataUrl(Buffer.from('not a model'), 'x/y')]) {
      const digester = modelDigester((file) =>
        file.endsWith('ner.bin') ? model : (files[file] ?? missing),
      );
      expect((await digester.digest(article, 3)).digest).toEqual(rules);
    }
  });
});
