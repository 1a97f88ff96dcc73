// The entity models for Node (the CLI, the benchmarks, the tests): read once from the language
// packs with fs.
import fs from 'node:fs';
import path from 'node:path';
import { taggerCache, type TaggerSource } from '../core/ner/models';

const PACKS = path.resolve(import.meta.dirname, '..', 'core', 'lang', 'packs');

let shared: TaggerSource | null = null;

export function nodeTaggers(dir = PACKS): TaggerSource {
  if (shared && dir === PACKS) return shared;
  const source = taggerCache((code) => {
    const file = path.join(dir, code, 'ner.json');
    if (!fs.existsSync(file)) return null;
    const gazetteer = path.join(dir, code, 'gazetteer.json');
    return {
      model: JSON.parse(fs.readFileSync(file, 'utf8')),
      gazetteer: fs.existsSync(gazetteer) ? JSON.parse(fs.readFileSync(gazetteer, 'utf8')) : null,
    };
  });
  if (dir === PACKS) shared = source;
  return source;
}
