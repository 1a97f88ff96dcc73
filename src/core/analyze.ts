// The digest of an article: its language, sentences, summary and facts, computed on the device.
// Sentence indices (summary and facts) index Digest.sentences, numbered across paragraphs.
import type { Article, Digest } from './types';
import { detectLanguage } from './text/detect-language';
import { getPack } from './text/packs';
import { splitSentenceSpans } from './text/split-sentences';
import { findDateline } from './text/dateline';
import { buildView } from './facts/document';
import { extractFacts } from './facts/extract-facts';
import { summarize, DEFAULT_SENTENCES } from './summary/summarize';
import type { TaggerSource } from './ner/models';

export interface AnalyzeOptions {
  lang?: string | null;
  publishedTime?: string | null;
  title?: string | null;
  summarySentences?: number;
  /** The entity taggers; without one (or for a language without a model) the rules alone. */
  taggers?: TaggerSource | null;
}

const SAMPLE_FOR_LANGUAGE = 6000;

/**
 * Characters of an article the digest reads (about 40,000 words, the tagger's budget too): far
 * beyond any news story, and what keeps a megabyte page of dates or capitalised words from
 * holding the facts back for seconds. Past it the article is shown whole, its facts are those of
 * this much of it.
 */
export const MAX_DIGEST_CHARS = 250_000;

/** The paragraphs within MAX_DIGEST_CHARS, the last one cut at a space before the limit. */
export function digestParagraphs(paragraphs: string[], limit = MAX_DIGEST_CHARS): string[] {
  const out: string[] = [];
  let left = limit;
  for (const p of paragraphs) {
    if (p.length <= left) {
      out.push(p);
      left -= p.length;
      continue;
    }
    const cut = p.lastIndexOf(' ', left);
    if (cut > 0) out.push(p.slice(0, cut));
    break;
  }
  return out;
}

/** The language analyze() reads the text in: the page's, else detected from the text. */
export function digestLanguage(paragraphs: string[], given?: string | null): string {
  const code = given?.toLowerCase().split('-')[0];
  if (code && code !== 'und') return code;
  let sample = '';
  for (const p of paragraphs) {
    sample += p + '\n';
    if (sample.length > SAMPLE_FOR_LANGUAGE) break;
  }
  return detectLanguage(sample);
}

/** An article's paragraphs, as the digest reads them. */
export const articleParagraphs = (article: Pick<Article, 'text'>): string[] =>
  article.text.split(/\n{2,}/);

export function articleDigest(
  article: Pick<Article, 'text' | 'lang' | 'publishedTime' | 'title'>,
  options: { summarySentences?: number; taggers?: TaggerSource | null } = {},
): Digest {
  return analyze(articleParagraphs(article), {
    lang: article.lang,
    publishedTime: article.publishedTime,
    title: article.title,
    summarySentences: options.summarySentences ?? 3,
    taggers: options.taggers ?? null,
  });
}

export function analyze(all: string[], options: AnalyzeOptions = {}): Digest {
  const paragraphs = digestParagraphs(all);
  const lang = digestLanguage(paragraphs, options.lang);
  const pack = getPack(lang);

  const sentences: string[] = [];
  for (const p of paragraphs) {
    for (const span of splitSentenceSpans(p, pack)) sentences.push(span.text);
  }
  // Only the article's first sentence carries a dateline.
  const datelineLengths = sentences.map(() => 0);
  const dateline = sentences[0] !== undefined ? findDateline(sentences[0]) : null;
  if (dateline) datelineLengths[0] = dateline.length;

  const view = buildView(sentences, datelineLengths, pack, options.publishedTime);
  const facts = extractFacts(
    view,
    dateline?.place ? { name: dateline.place, sentence: 0 } : null,
    options.taggers?.get(lang) ?? null,
  );
  const summary = summarize(
    { sentences, datelineLengths, title: options.title ?? null, pack },
    options.summarySentences ?? DEFAULT_SENTENCES,
  );
  return { lang, sentences, summary, facts };
}
