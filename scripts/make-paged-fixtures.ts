// npx tsx scripts/make-paged-fixtures.ts: multi-page articles for the tests (issue 12), made from
// real pages of ../shared/corpus. Each article's paragraphs are split over pages inside its own
// page template, with the pagination markup of one site family: numbered `?page=N` links with a
// "Halaman selanjutnya" button, WordPress `/slug/N/` page links, a `<link rel="next">` only, a
// "next page" phrase only, and a "show all" link beside numbered links. Scripts, frames, styles
// and remote images are dropped so that a served page asks for nothing. The static server of
// the tests (scripts/chromium.mjs) serves `article.html?page=2` from `article@page=2.html` and
// `/article/2/` from `article/2/index.html`. Writes tests/fixtures/paged/<form>/.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { corpusDir, readPageHtml, repoRoot } from '../bench/lib/corpus';
import { clutterLexicon, normalizeLabel } from '../src/core/lang/clutter';

type Form = 'query' | 'path' | 'rel-next' | 'next-phrase' | 'show-all';

interface FixtureSet {
  form: Form;
  corpus: string;
  id: string;
  pages: number;
}

const SETS: FixtureSet[] = [
  { form: 'query', corpus: 'indonesian', id: 'gm-tribun-solo', pages: 3 },
  { form: 'path', corpus: 'trafilatura', id: 'luxuriousmagazine.com.polo', pages: 3 },
  { form: 'rel-next', corpus: 'indonesian', id: 'gm-malaymail', pages: 2 },
  { form: 'next-phrase', corpus: 'indonesian', id: 'anpandu-kompas-singlepage2', pages: 2 },
  { form: 'show-all', corpus: 'indonesian', id: 'tisorlawan-detik-1', pages: 3 },
];

const OUT = path.join(repoRoot, 'tests', 'fixtures', 'paged');
const MIN_PARAGRAPH_WORDS = 8;

const words = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const collapse = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element with the most paragraphs of text as direct children: the article body. */
function articleBody(doc: Document): { body: Element; paragraphs: Element[] } {
  let best: { body: Element; paragraphs: Element[] } | null = null;
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    const paragraphs = Array.from(el.children).filter(
      (c) => c.localName === 'p' && words(c.textContent ?? '') >= MIN_PARAGRAPH_WORDS,
    );
    if (!best || paragraphs.length > best.paragraphs.length) best = { body: el, paragraphs };
  }
  if (!best || best.paragraphs.length < 4) throw new Error('no article body found');
  return best;
}

/** Nothing the served page would load, and none of the site's own pagination. */
function quiet(doc: Document): void {
  for (const el of Array.from(
    doc.querySelectorAll('script, noscript, iframe, object, embed, style, link, video, audio'),
  ))
    el.remove();
  for (const el of Array.from(doc.querySelectorAll('[style]'))) el.removeAttribute('style');
  for (const img of Array.from(doc.querySelectorAll('img, source'))) img.remove();
  for (const el of Array.from(
    doc.querySelectorAll('[class*="paging"], [class*="pagination"], [class*="page-links"]'),
  ))
    el.remove();
  for (const a of Array.from(doc.querySelectorAll('a[href*="page="]'))) a.remove();
}

const pageFile = (form: Form, n: number): string =>
  form === 'path'
    ? n === 1
      ? 'article/index.html'
      : `article/${n}/index.html`
    : n === 1
      ? 'article.html'
      : `article@page=${n === 0 ? 'all' : n}.html`;

/** The pagination markup of the set's site family, as page n of `pages` shows it. */
function pagination(doc: Document, form: Form, n: number, pages: number): Element[] {
  const el = (tag: string, attrs: Record<string, string>, text = ''): Element => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text) node.textContent = text;
    return node;
  };
  const queryHref = (k: number): string => (k === 1 ? 'article.html' : `article.html?page=${k}`);
  switch (form) {
    case 'query':
    case 'show-all': {
      const box = el('div', { class: 'paging mb20' });
      box.append(el('div', { class: 'paging-label' }, 'Halaman'));
      for (let k = 1; k <= pages; k++)
        box.append(
          k === n
            ? el('span', { class: 'current' }, String(k))
            : el('a', { href: queryHref(k) }, String(k)),
        );
      const out: Element[] = [];
      if (n < pages) {
        const next = el('div', { class: 'mb20' });
        next.append(el('a', { href: queryHref(n + 1), class: 'btn' }, 'Halaman selanjutnya'));
        out.push(next);
      }
      out.push(box);
      if (form === 'show-all') {
        const all = el('div', { class: 'read-all' });
        all.append(el('a', { href: 'article.html?page=all' }, 'Tampilkan semua'));
        out.push(all);
      }
      return out;
    }
    case 'path': {
      const box = el('div', { class: 'page-links' }, 'Pages: ');
      const href = (k: number): string => (k === 1 ? '../' : n === 1 ? `${k}/` : `../${k}/`);
      const fromOne = (k: number): string => (k === 1 ? './' : `${k}/`);
      for (let k = 1; k <= pages; k++)
        box.append(
          k === n
            ? doc.createTextNode(`${k} `)
            : el('a', { href: n === 1 ? fromOne(k) : href(k) }, String(k)),
        );
      const out: Element[] = [];
      if (n < pages) {
        const p = el('p', {});
        p.append(el('a', { href: n === 1 ? `${n + 1}/` : `../${n + 1}/` }, 'Next Page'));
        out.push(p);
      }
      out.push(box);
      return out;
    }
    case 'next-phrase': {
      if (n >= pages) return [];
      const p = el('p', { class: 'next' });
      p.append(el('a', { href: queryHref(n + 1) }, 'Berikutnya'));
      return [p];
    }
    case 'rel-next':
      return [];
  }
}

function build(set: FixtureSet): void {
  const html = readPageHtml(corpusDir(set.corpus), set.id);
  const probe = parseHTML(html).document as unknown as Document;
  quiet(probe);
  // What the reader must see: paragraphs of prose, each once (a teaser link in the body or a
  // "Lihat juga" line is the clean-up's to take, and a sentence the page repeats is not asked).
  const texts = articleBody(probe).paragraphs.map((p) => collapse(p.textContent));
  const all = articleBody(probe)
    .paragraphs.filter((p, i) => {
      const text = texts[i] ?? '';
      const linkWords = Array.from(p.querySelectorAll('a')).reduce(
        (n, a) => n + words(a.textContent ?? ''),
        0,
      );
      const label = clutterLexicon().lead(normalizeLabel(text.slice(0, 120)));
      return (
        linkWords < 0.5 * words(text) && !label && texts.indexOf(text) === texts.lastIndexOf(text)
      );
    })
    .map((p) => collapse(p.textContent));
  const size = Math.ceil(texts.length / set.pages);
  const dir = path.join(OUT, set.form);
  fs.rmSync(dir, { recursive: true, force: true });
  const variants = set.form === 'show-all' ? [...range(set.pages), 0] : range(set.pages);
  for (const n of variants) {
    const doc = parseHTML(html).document as unknown as Document;
    quiet(doc);
    const { body, paragraphs } = articleBody(doc);
    paragraphs.forEach((p, i) => {
      const page = Math.floor(i / size) + 1;
      if (n !== 0 && page !== n) p.remove();
    });
    const after = pagination(doc, set.form, n === 0 ? set.pages : n, set.pages);
    for (const node of after.reverse()) body.after(node);
    if (set.form === 'rel-next' && n < set.pages) {
      const link = doc.createElement('link');
      link.setAttribute('rel', 'next');
      link.setAttribute('href', `article.html?page=${n + 1}`);
      doc.head.append(link);
    }
    // show-all: the numbered pages after the first are never served; the whole version is.
    if (set.form === 'show-all' && n > 1) continue;
    const file = path.join(dir, pageFile(set.form, n));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${String(doc)}\n`);
  }
  const expected = {
    form: set.form,
    source: `${set.corpus}/${set.id}`,
    pages: set.pages,
    first: pageFile(set.form, 1).replace(/index\.html$/, ''),
    paragraphs: all,
  };
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(
    `${set.form}: ${all.length} paragraphs over ${set.pages} pages from ${expected.source}`,
  );
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

for (const set of SETS) build(set);
