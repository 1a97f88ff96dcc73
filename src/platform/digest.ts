// The digest (summary and facts) in an extension context: the popup, the library and the
// background (for the in-page reader and for saves). The entity models are packaged files
// (lang/<code>/ner.bin.gz and gazetteer.json, see scripts/build.mjs and src/core/ner/packed.ts),
// fetched from the extension itself once per context and never injected into a page.
import browser from './browser';
import { modelDigester, type DigestInput } from './model-digester';
import type { Digest } from '../core/types';

export type { DigestInput } from './model-digester';

const digester = modelDigester((path) => browser.runtime.getURL(path));

/** The digest; `onModel` hears when the article's entity model was ready (epoch ms), if it has one. */
export async function digestArticle(
  article: DigestInput,
  summarySentences = 3,
  onModel?: (at: number) => void,
): Promise<Digest> {
  const { digest, modelAt } = await digester.digest(article, summarySentences);
  if (modelAt !== undefined) onModel?.(modelAt);
  return digest;
}
