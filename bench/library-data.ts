// The generated libraries of the library bench (bench/library.ts, bench/library-browser.ts):
// articles built from the corpus texts (IndoSum paragraphs, Zyte articleBody), one corpus text
// each with two paragraphs of another, so no two texts are equal.
//
// Fast (issue 16: 10,000 articles took 1,029 s on a loaded machine): the corpus holds a few
// hundred texts, so each one is analysed once (its digest is reused by every article built on
// it; the two borrowed paragraphs are text only, after the digest's sentences) and each
// paragraph's HTML is sanitised once. An article is then a few string joins.
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir, readTruth } from './lib/corpus';
import { makeSavedArticle } from '../src/core/collection/record';
import type { SavedArticle } from '../src/core/schema/saved-article';
import { sanitizeHtml } from '../src/core/sanitize';
import type { Article, Digest } from '../src/core/types';
import { analyze } from '../src/core/analyze';

export interface Source {
  lang: string;
  paragraphs: string[];
}

export function loadSources(): Source[] {
  const sources: Source[] = [];
  const indosum = path.join(corpusDir('indosum'), 'dev.jsonl');
  for (const line of fs.readFileSync(indosum, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { paragraphs: string[] };
    sources.push({ lang: 'id', paragraphs: item.paragraphs.filter((p) => p.trim()) });
  }
  for (const page of readTruth(corpusDir('zyte'))) {
    const paragraphs = page.articleBody
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length) sources.push({ lang: 'en', paragraphs });
  }
  return sources;
}

const SITES = Array.from({ length: 40 }, (_, i) => `site${i}.example`);

export class Generator {
  private readonly digests = new Map<number, Digest>();
  private readonly html = new Map<string, string>();

  constructor(
    private readonly sources: Source[],
    private readonly win: Window & typeof globalThis,
  ) {}

  private paragraphHtml(p: string): string {
    let html = this.html.get(p);
    if (html === undefined) {
      const escaped = p.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      html = sanitizeHtml(`<p>${escaped}</p>`, this.win);
      this.html.set(p, html);
    }
    return html;
  }

  private digestOf(index: number, published: string): Digest {
    let digest = this.digests.get(index);
    if (!digest) {
      const base = this.sources[index]!;
      digest = analyze(base.paragraphs, { lang: base.lang, publishedTime: published });
      this.digests.set(index, digest);
    }
    return digest;
  }

  /** Article n (and its digest), as a save would get it. */
  input(n: number, random: () => number): { article: Article; digest: Digest } {
    const index = n % this.sources.length;
    const base = this.sources[index]!;
    const extra = this.sources[Math.floor(random() * this.sources.length)]!;
    const paragraphs = [...base.paragraphs, ...extra.paragraphs.slice(0, 2)];
    const text = paragraphs.join('\n\n');
    const site = SITES[n % SITES.length]!;
    const url = `https://${site}/news/${n}`;
    const words = text.split(/\s+/).length;
    const published = new Date(Date.UTC(2015 + (n % 10), n % 12, 1 + (n % 28))).toISOString();
    return {
      article: {
        url,
        canonicalUrl: url,
        title: `${paragraphs[0]!.slice(0, 90)} (${n})`,
        byline: null,
        siteName: `Site ${n % SITES.length}`,
        lang: base.lang,
        publishedTime: published,
        excerpt: paragraphs[0]!.slice(0, 200),
        leadImage: `https://${site}/img/${n}.jpg`,
        wordCount: words,
        readingMinutes: Math.max(1, Math.round(words / 230)),
        html: paragraphs.map((p) => this.paragraphHtml(p)).join('\n'),
        text,
        removed: [{ kind: 'share', text: 'Share.', words: 1 }],
      },
      digest: this.digestOf(index, published),
    };
  }

  /** A library of `size` records, saved a minute apart from `start`. */
  records(size: number, random: () => number, id: (n: number) => string, start: number) {
    const records: SavedArticle[] = [];
    for (let n = 0; n < size; n++)
      records.push(makeSavedArticle(this.input(n, random), id(n), start + n * 60_000));
    return records;
  }
}

/** A query of the bench and the article it was made from (the one it must find). */
export interface BenchQuery {
  query: string;
  /** The id of the record the query was taken from. */
  target: string;
  kind: 'person' | 'person typo' | 'title prefix' | 'title pair' | 'title typo';
}

/** Queries a reader types: names from the facts (some with a typo), title words, prefixes, pairs. */
export function makeQueries(
  records: SavedArticle[],
  random: () => number,
  count: number,
): BenchQuery[] {
  const pick = () => records[Math.floor(random() * records.length)]!;
  const typo = (word: string) => {
    if (word.length < 5) return word;
    const i = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  };
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const record = pick();
    const target = record.id;
    const person = record.digest.facts.people[0]?.name;
    const words = record.title.match(/\p{L}{4,}/gu) ?? [];
    const word = words[Math.floor(random() * words.length)];
    switch (queries.length % 5) {
      case 0:
        if (person) queries.push({ query: person, target, kind: 'person' });
        break;
      case 1:
        if (person)
          queries.push({ query: typo(person.split(' ').at(-1)!), target, kind: 'person typo' });
        break;
      case 2:
        if (word)
          queries.push({
            query: word.slice(0, Math.max(3, word.length - 2)),
            target,
            kind: 'title prefix',
          });
        break;
      case 3:
        if (word && words[0])
          queries.push({ query: `${words[0]} ${word}`, target, kind: 'title pair' });
        break;
      default:
        if (word) queries.push({ query: typo(word), target, kind: 'title typo' });
    }
  }
  return queries;
}

/** How many queries found their target, in all and by kind ("found/asked"). */
export function hitReport(
  queries: readonly BenchQuery[],
  found: readonly boolean[],
): { found: number; byKind: Record<string, string> } {
  const byKind: Record<string, [number, number]> = {};
  queries.forEach((q, i) => {
    const counts = (byKind[q.kind] ??= [0, 0]);
    counts[1]++;
    if (found[i]) counts[0]++;
  });
  return {
    found: found.filter(Boolean).length,
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, [f, n]]) => [k, `${f}/${n}`])),
  };
}
