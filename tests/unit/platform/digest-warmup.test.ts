// The warm-up the background runs while a model loads (src/platform/digest-warmup.ts): it digests
// samples in each language, with and without the taggers, and leaves the article's digest as it
// would be without it (it builds only what every text shares: patterns, compiled code).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelDigester } from '../../../src/platform/model-digester';
import { warmUpDigest } from '../../../src/platform/digest-warmup';
import { packNerModel } from '../../../src/core/ner/packed';

const packs = path.resolve(import.meta.dirname, '../../../src/core/lang/packs');
const text = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../../shared/seed/article.txt'),
  'utf8',
);
const article = { text, lang: 'id', publishedTime: '2025-12-01T08:00:00+07:00', title: 'Berita' };
const dataUrl = (bytes: Uint8Array, type: string) =>
  `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
const files: Record<string, string> = {
  'lang/id/ner.bin': dataUrl(
    packNerModel(JSON.parse(fs.readFileSync(path.join(packs, 'id/ner.json'), 'utf8'))),
    'application/octet-stream',
  ),
  'lang/id/gazetteer.json': dataUrl(
    fs.readFileSync(path.join(packs, 'id/gazetteer.json')),
    'application/json',
  ),
};
const digester = () => modelDigester((file) => files[file] ?? 'data:,');

describe('the digest warm-up', () => {
  it("leaves the article's digest as it is, with the rules and with the taggers", async () => {
    const cold = await digester().digest(article, 3);
    const warm = digester();
    for (const lang of ['id', 'en', 'id-ID', 'xx']) warmUpDigest(lang);
    expect(await warm.prepare('id')).toEqual(expect.any(Number));
    expect(warm.taggers.get('id')).not.toBeNull();
    expect(warm.taggers.get('en')).toBeNull();
    warmUpDigest('id', warm.taggers);
    const after = await warm.digest(article, 3);
    expect(after.digest).toEqual(cold.digest);
    expect(after.digest.facts.people.length).toBeGreaterThan(0);
  });
});
