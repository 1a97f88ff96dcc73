// The named-entity sets in ../shared/corpus/ner (CoNLL, gzip'd, README there): read, put back
// into text, grouped five sentences to an article, and scored the way the release check scores
// facts: per article and type, distinct names found against the names tagged, a name right when
// its words are a contiguous run of a tagged name's words of the same type or the other way round.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusRoot } from './corpus';
import { tokenize, type Token } from '../../src/core/text/tokens';
import type { EntityType } from '../../src/core/ner/tagger';

export interface NerSentence {
  text: string;
  /** Tagged names with their character spans in `text`. */
  entities: { type: EntityType; start: number; end: number; name: string }[];
}

const TYPES: Record<string, EntityType> = {
  PER: 'PER',
  PERSON: 'PER',
  LOC: 'LOC',
  PLACE: 'LOC',
  ORG: 'ORG',
  ORGANISATION: 'ORG',
};

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%', "'s", "n't"]);
const NO_SPACE_AFTER = new Set(['(', '[']);

export function nerFile(name: string): string {
  return path.join(corpusRoot, 'ner', `${name}.conll.gz`);
}

export function readConll(file: string): NerSentence[] {
  const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').split(/\r?\n/);
  const out: NerSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) out.push(detokenise(words, tags));
    words = [];
    tags = [];
  };
  for (const line of lines) {
    const cols = line.split(/[\t ]+/).filter(Boolean);
    if (cols.length < 2) {
      flush();
      continue;
    }
    words.push(cols[0]!.replace(/^en:/, ''));
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return out;
}

function detokenise(words: string[], tags: string[]): NerSentence {
  let text = '';
  const spans: [number, number][] = [];
  words.forEach((w, i) => {
    const glue = i === 0 || NO_SPACE_BEFORE.has(w) || NO_SPACE_AFTER.has(words[i - 1]!);
    if (!glue) text += ' ';
    spans.push([text.length, text.length + w.length]);
    text += w;
  });
  const entities: NerSentence['entities'] = [];
  for (let i = 0; i < words.length;) {
    const [bio, label] = tags[i]!.split('-') as [string, string | undefined];
    const type = label ? TYPES[label] : undefined;
    if (!type || (bio !== 'B' && bio !== 'I')) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < words.length && tags[e] === `I-${label}`) e++;
    const start = spans[i]![0];
    const end = spans[e - 1]![1];
    entities.push({ type, start, end, name: text.slice(start, end) });
    i = e;
  }
  return { text, entities };
}

/** Tokens of our tokenizer with IOB labels taken from the character spans of the tagged names. */
export function labelledTokens(sentence: NerSentence): { tokens: Token[]; labels: string[] } {
  const tokens = tokenize(sentence.text);
  const labels = tokens.map((t) => {
    const entity = sentence.entities.find((x) => t.start >= x.start && t.start < x.end);
    if (!entity) return 'O';
    return `${t.start === entity.start ? 'B' : 'I'}-${entity.type}`;
  });
  return { tokens, labels };
}

export interface NerArticle {
  paragraphs: string[];
  names: Record<EntityType, Set<string>>;
}

/** Five sentences an article, one a paragraph. */
export function articles(sentences: NerSentence[], size = 5): NerArticle[] {
  const out: NerArticle[] = [];
  for (let i = 0; i < sentences.length; i += size) {
    const group = sentences.slice(i, i + size);
    const names: NerArticle['names'] = { PER: new Set(), LOC: new Set(), ORG: new Set() };
    for (const s of group) for (const e of s.entities) names[e.type].add(e.name.toLowerCase());
    out.push({ paragraphs: group.map((s) => s.text), names });
  }
  return out;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const wordsOf = (name: string) => name.toLowerCase().match(WORDS) ?? [];

function contiguous(inner: string[], outer: string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

export const matches = (a: string, b: string): boolean => {
  const x = wordsOf(a);
  const y = wordsOf(b);
  return contiguous(x, y) || contiguous(y, x);
};

export interface Tally {
  found: number;
  right: number;
  tagged: number;
  recalled: number;
}

export const emptyTally = (): Tally => ({ found: 0, right: 0, tagged: 0, recalled: 0 });

/** Adds one article's distinct names of one type to the tally; returns the wrong ones. */
export function score(tally: Tally, found: string[], tagged: Set<string>): string[] {
  const distinct = [...new Set(found.map((f) => f.toLowerCase()))];
  const wrong: string[] = [];
  tally.found += distinct.length;
  tally.tagged += tagged.size;
  for (const f of distinct) {
    if ([...tagged].some((t) => matches(f, t))) tally.right++;
    else wrong.push(f);
  }
  for (const t of tagged) if (distinct.some((f) => matches(f, t))) tally.recalled++;
  return wrong;
}

export const precision = (t: Tally) => (t.found ? t.right / t.found : 0);
export const recall = (t: Tally) => (t.tagged ? t.recalled / t.tagged : 0);

/**
 * Articles tagged by hand (bench/data/ner-en-news.json: for each article of a corpus, the names
 * in its first paragraphs; the text stays in the corpus), read with their paragraphs from the
 * corpus's ground truth ({id: {articleBody}}). Empty when either file is missing.
 */
export function handTagged(tagsFile: string, truthFile: string): NerArticle[] {
  if (!fs.existsSync(tagsFile) || !fs.existsSync(truthFile)) return [];
  const tags = JSON.parse(fs.readFileSync(tagsFile, 'utf8')) as {
    articles: { id: string; paragraphs: number; PER: string[]; LOC: string[]; ORG: string[] }[];
  };
  const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const out: NerArticle[] = [];
  for (const a of tags.articles) {
    const body = truth[a.id]?.articleBody;
    if (!body) continue;
    const paragraphs = body
      .split(/\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .slice(0, a.paragraphs);
    const set = (list: string[]) => new Set(list.map((n) => n.toLowerCase()));
    out.push({ paragraphs, names: { PER: set(a.PER), LOC: set(a.LOC), ORG: set(a.ORG) } });
  }
  return out;
}
