// The digest (summary and facts) in an extension context: the popup, the library and the
// background (for the in-page reader and for saves). The entity models are packaged files
// (lang/<code>/ner.bin and gazetteer.json, see scripts/build.mjs and src/core/ner/packed.ts),
// fetched from the extension itself once per context and never injected into a page.
import browser from './browser';
import { modelDigester, type DigestInput } from './model-digester';
import { warmUpDigest } from './digest-warmup';
import type { Digest } from '../core/types';

export type { DigestInput } from './model-digester';

const digester = modelDigester((path) => browser.runtime.getURL(path));
/** The languages warmed up in this context (digest-warmup.ts), and whether a digest was asked. */
const warmed = new Set<string>();
let asked = false;

function warmUp(lang: string, taggers: Parameters<typeof warmUpDigest>[1]): void {
  try {
    warmUpDigest(lang, taggers);
  } catch {
    // A warm-up is only ever a head start.
  }
}

export async function digestArticle(article: DigestInput, summarySentences = 3): Promise<Digest> {
  asked = true;
  return (await digester.digest(article, summarySentences)).digest;
}

/**
 * Starts loading the entity model of a language and building its tagger: the popup asks the
 * background for it with the page's declared language as soon as the markup comes, so the model
 * is ready by the time the article is extracted and its digest asked. The first time in this
 * context, the digest is warmed up on a sample meanwhile (its first run costs several times a
 * later one), with the taggers too when the model comes before any article. Resolves to when the
 * model was ready (epoch ms), or null for a language without a model.
 */
export function prepareDigest(lang: string): Promise<number | null> {
  const ready = digester.prepare(lang);
  if (!warmed.has(lang)) {
    warmed.add(lang);
    // The model's files are being fetched meanwhile: this thread would wait for them anyway.
    warmUp(lang, null);
    void ready
      .then((at) => {
        if (at !== null && !asked) warmUp(lang, digester.taggers);
      })
      .catch(() => undefined);
  }
  return ready;
}
