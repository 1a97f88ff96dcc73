// The digest step: facts and summary of an extracted article. The popup runs it after the
// article is painted, the background for the in-page reader and for saves; it takes only the
// text and what the page said of it, so any extension context can run it.
import { analyze } from './analyze';
import { DEFAULT_SENTENCES } from './summary/summarize';
import type { Article, Digest } from './types';

export type DigestInput = Pick<Article, 'text' | 'lang' | 'publishedTime' | 'title'>;

export function digestArticle(article: DigestInput, summarySentences = DEFAULT_SENTENCES): Digest {
  return analyze(article.text.split(/\n{2,}/), {
    lang: article.lang,
    publishedTime: article.publishedTime,
    title: article.title,
    summarySentences,
  });
}
