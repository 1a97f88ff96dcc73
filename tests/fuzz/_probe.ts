import { parseHTML } from 'linkedom';
import { readCorpusPage } from './corpus';
import { mutate } from './mutate';
import { extractArticle } from '../../src/core/extract/extract-article';
import { analyze } from '../../src/core/analyze';
import { splitSentences } from '../../src/core/text/sentences';
const html = readCorpusPage('/work/shared/corpus/trafilatura/pages/edition.cnn.com-royal.html.gz');
const m = mutate(html, 1171003);
const { document } = parseHTML(m.html);
const r = extractArticle(document as unknown as Document, 'https://x.org/', {});
if (!r.ok) throw new Error('no');
const text = r.article.text;
console.log('paragraphs', text.split(/\n{2,}/).length, 'longest', Math.max(...text.split(/\n{2,}/).map((p) => p.length)));
console.log(JSON.stringify(text.slice(0, 300)));
for (const n of [40_000, 80_000, 160_000]) {
  const t = performance.now();
  analyze(text.slice(0, n).split(/\n{2,}/), { lang: r.article.lang, publishedTime: null, title: r.article.title, summarySentences: 3 });
  console.log(n, Math.round(performance.now() - t));
}
