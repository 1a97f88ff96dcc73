// npm run train: trains the entity taggers (src/core/lang/packs/<code>/ner.json) on
// ../shared/corpus/ner (sources and licences in scripts/ner/README.md; the training itself is
// scripts/ner/train.ts). Seeded and single-threaded: the same command writes the same bytes.
// `npm run train -- id` trains one language.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIGS, packs, serialise, train } from './ner/train';

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const config of CONFIGS) {
  if (asked.length && !asked.includes(config.code)) continue;
  const model = train(config);
  const file = path.join(packs, config.code, 'ner.json');
  fs.writeFileSync(file, serialise(model));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
}
