// npm run bench -- facts: precision and recall of people, places and organisations on the dev
// splits of ../shared/corpus/ner, through the same analyze() a page's text gets, sentences
// grouped five to an article as the release check does (bench/lib/ner-data.ts), for the
// trained tagger and for the capitalisation rules alone (the baseline, the path of languages
// without a model); plus the model files' gzip size, the load time and the time per article.
// Writes bench/results/facts.json.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpusRoot, repoRoot } from './lib/corpus';
import { quantile } from './lib/stats';
import {
  articles,
  emptyTally,
  handTagged,
  nerFile,
  type NerArticle,
  precision,
  readConll,
  recall,
  score,
  type Tally,
} from './lib/ner-data';
import { analyze } from '../src/core/analyze';
import { nodeTaggers } from '../src/cli/ner-models';
import type { EntityType } from '../src/core/ner/tagger';

const SETS = [
  { name: 'idner2k-dev', lang: 'id' },
  { name: 'nergrit-valid', lang: 'id' },
  { name: 'wikiann-en-dev', lang: 'en' },
  // English news tagged by hand (bench/data/ner-en-news.json; the text is zyte's ground truth).
  { name: 'zyte-en-news', lang: 'en' },
  // A second hand-tagged half, disjoint, used for no choice: the honest estimate for English news.
  { name: 'zyte-en-news-test', lang: 'en' },
] as const;

function setArticles(name: string): NerArticle[] {
  if (name.startsWith('zyte-en-news'))
    return handTagged(
      path.join(repoRoot, 'bench', 'data', `${name.replace('zyte-', 'ner-')}.json`),
      path.join(corpusRoot, 'zyte', 'ground-truth.json'),
    );
  return articles(readConll(nerFile(name)));
}
const TYPES: [EntityType, 'people' | 'places' | 'organizations'][] = [
  ['PER', 'people'],
  ['LOC', 'places'],
  ['ORG', 'organizations'],
];

interface Row {
  set: string;
  system: 'rules' | 'tagger';
  type: EntityType;
  precision: number;
  recall: number;
  found: number;
  tagged: number;
}

const fmt = (x: number) => x.toFixed(3);

export async function run(): Promise<void> {
  const loadStart = performance.now();
  const taggers = nodeTaggers();
  for (const lang of ['id', 'en']) taggers.get(lang);
  const loadMs = performance.now() - loadStart;
  const limit = Number(process.env.FACTS_LIMIT ?? 0) || Infinity;
  const rows: Row[] = [];
  const times: number[] = [];
  const show = process.argv.includes('--errors');
  for (const set of SETS) {
    const list = setArticles(set.name).slice(0, limit);
    if (!list.length) continue;
    for (const system of ['rules', 'tagger'] as const) {
      const tallies = new Map<EntityType, Tally>(TYPES.map(([t]) => [t, emptyTally()]));
      for (const article of list) {
        const start = performance.now();
        const digest = analyze(article.paragraphs, {
          lang: set.lang,
          taggers: system === 'tagger' ? taggers : null,
        });
        if (system === 'tagger') times.push(performance.now() - start);
        for (const [type, key] of TYPES) {
          const names = digest.facts[key].map((x) => x.name);
          const wrong = score(tallies.get(type)!, names, article.names[type]);
          if (show && system === 'tagger' && wrong.length)
            console.log(`${set.name} ${type} wrong: ${wrong.join(' | ')}`);
        }
      }
      for (const [type, t] of tallies) {
        rows.push({
          set: set.name,
          system,
          type,
          precision: precision(t),
          recall: recall(t),
          found: t.found,
          tagged: t.tagged,
        });
      }
    }
  }
  console.log('| set | type | rules P / R | tagger P / R | found / tagged (tagger) |');
  console.log('|---|---|---|---|---|');
  for (const r of rows.filter((x) => x.system === 'tagger')) {
    const base = rows.find((x) => x.system === 'rules' && x.set === r.set && x.type === r.type)!;
    console.log(
      `| ${r.set} | ${r.type} | ${fmt(base.precision)} / ${fmt(base.recall)} | ${fmt(r.precision)} / ${fmt(r.recall)} | ${r.found} / ${r.tagged} |`,
    );
  }
  const packs = path.join(repoRoot, 'src', 'core', 'lang', 'packs');
  let gzipBytes = 0;
  for (const lang of fs.readdirSync(packs)) {
    for (const file of ['ner.json', 'gazetteer.json']) {
      const p = path.join(packs, lang, file);
      if (fs.existsSync(p)) gzipBytes += gzipSync(fs.readFileSync(p), { level: 9 }).length;
    }
  }
  const median = quantile(times, 0.5);
  console.log(
    `\nModel + gazetteer files, gzip: ${(gzipBytes / 1024).toFixed(0)} KiB; load (id + en): ${loadMs.toFixed(0)} ms; per article (5 sentences, tagger): median ${median.toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms`,
  );
  const out = path.join(repoRoot, 'bench', 'results', 'facts.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify({ rows, gzipBytes, loadMs, medianMs: median }, null, 2) + '\n',
  );
}
