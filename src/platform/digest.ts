// The digest (summary and facts) in an extension context: the popup, the library and the
// background (for the in-page reader and for saves). The entity models are packaged files
// (lang/<code>/ner.bin and gazetteer.json, see scripts/build.mjs and src/core/ner/packed.ts),
// fetched from the extension itself once per context and never injected into a page.
import browser from './browser';
import { modelDigester, type DigestInput } from './model-digester';
import type { Digest } from '../core/types';

export type { DigestInput } from './model-digester';

const digester = modelDigester((path) => browser.runtime.getURL(path));

export async function digestArticle(article: DigestInput, summarySentences = 3): Promise<Digest> {
  return (await digester.digest(article, summarySentences)).digest;
}

/**
 * Starts loading the entity model of a language and building its tagger: the popup calls it
 * with the page's declared language as soon as the markup comes, so the model is ready by the
 * time the article is painted and its digest begins. Resolves to when it was ready (epoch ms),
 * or null for a language without a model.
 */
export function prepareDigest(lang: string): Promise<number | null> {
  return digester.prepare(lang);
}
