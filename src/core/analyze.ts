// The digest of an article: its language, sentences, summary and facts, computed on the device.
// Sentence indices (summary and facts) index Digest.sentences, numbered across paragraphs.
import type { Digest } from './types';
import { detectLanguage } from './text/detect-language';
import { getPack } from './text/packs';
import { splitSentenceSpans } from './text/split-sentences';
import { findDateline } from './text/dateline';
import { buildView } from './facts/document';
import { extractFacts } from './facts/extract-facts';
import { summarize, DEFAULT_SENTENCES } from './summary/summarize';

export interface AnalyzeOptions {
  lang?: string | null;
  publishedTime?: string | null;
  title?: string | null;
  summarySentences?: number;
}

const SAMPLE_FOR_LANGUAGE = 6000;

export function analyze(paragraphs: string[], options: AnalyzeOptions = {}): Digest {
  const given = options.lang?.toLowerCase().split('-')[0];
  let lang = given && given !== 'und' ? given : '';
  if (!lang) {
    let sample = '';
    for (const p of paragraphs) {
      sample += p + '\n';
      if (sample.length > SAMPLE_FOR_LANGUAGE) break;
    }
    lang = detectLanguage(sample);
  }
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
  const facts = extractFacts(view, dateline?.place ? { name: dateline.place, sentence: 0 } : null);
  const summary = summarize(
    { sentences, datelineLengths, title: options.title ?? null, pack },
    options.summarySentences ?? DEFAULT_SENTENCES,
  );
  return { lang, sentences, summary, facts };
}
