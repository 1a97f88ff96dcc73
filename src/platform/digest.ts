// The digest (summary and facts) in the background (for the in-page reader and for saves), and
// in a page whose digest worker could not start: the models fetched with the extension's URLs.
// The popup computes it in its worker (src/platform/digest-worker.ts), off its main thread.
import browser from './browser';
import { modelDigester, type DigestInput } from './model-digester';
import type { Digest } from '../core/types';

export type { DigestInput } from './model-digester';

const digester = modelDigester((path) => browser.runtime.getURL(path));

export async function digestArticle(article: DigestInput, summarySentences = 3): Promise<Digest> {
  return (await digester.digest(article, summarySentences)).digest;
}
