// The digest with the entity models, for any extension context that can fetch the extension's
// own files (src/platform/digest.ts: the popup, the background). The models are packaged files
// (lang/<code>/ner.bin, packed from ner.json by scripts/build.mjs, and gazetteer.json),
// fetched once per context and never injected into a page.
import { articleDigest, articleParagraphs, digestLanguage } from '../core/analyze';
import { modelCode, taggerCache, type ModelFiles, type TaggerSource } from '../core/ner/models';
import { unpackNerModel } from '../core/ner/packed';
import type { GazetteerData } from '../core/ner/features';
import type { Article, Digest } from '../core/types';

export type DigestInput = Pick<Article, 'text' | 'lang' | 'publishedTime' | 'title'>;

export interface ModelDigester {
  /**
   * Starts loading the model of a language and building its tagger; resolves to when it was
   * ready (epoch ms), or null for a language without a model.
   */
  prepare: (lang: string) => Promise<number | null>;
  /** The taggers of the models loaded so far (null for a language whose model is not). */
  taggers: TaggerSource;
  /** The digest, and when the article's model was ready (epoch ms; absent without a model). */
  digest: (
    article: DigestInput,
    summarySentences: number,
  ) => Promise<{ digest: Digest; modelAt?: number }>;
}

/** `urlOf` turns a packaged file's path into the address to fetch it from. */
export function modelDigester(urlOf: (path: string) => string): ModelDigester {
  const files = new Map<string, Promise<[ArrayBuffer, GazetteerData]>>();
  const loaded = new Map<string, Promise<number>>();
  const ready = new Map<string, ModelFiles | null>();
  const taggers = taggerCache((code) => ready.get(code) ?? null);

  async function fetchFile(path: string): Promise<Response> {
    const response = await fetch(urlOf(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response;
  }

  function fetchModel(code: string): Promise<[ArrayBuffer, GazetteerData]> {
    let pending = files.get(code);
    if (!pending) {
      pending = Promise.all([
        fetchFile(`lang/${code}/ner.bin`).then((file) => file.arrayBuffer()),
        fetchFile(`lang/${code}/gazetteer.json`).then(
          async (file) => (await file.json()) as GazetteerData,
        ),
      ]);
      files.set(code, pending);
    }
    return pending;
  }

  /**
   * Loads a model once and builds its tagger (while the page waits for its article, rather
   * than in the digest); a missing or broken file leaves that language to the rules. Resolves
   * to when it was ready (epoch ms).
   */
  function load(code: string): Promise<number> {
    let pending = loaded.get(code);
    if (!pending) {
      pending = fetchModel(code)
        .then(([model, gazetteer]): ModelFiles => ({ model: unpackNerModel(model), gazetteer }))
        .then((found) => {
          ready.set(code, found);
          taggers.get(code);
        })
        .catch(() => {
          ready.set(code, null);
        })
        .then(() => performance.timeOrigin + performance.now());
      loaded.set(code, pending);
    }
    return pending;
  }

  return {
    taggers: { get: (lang) => (ready.get(modelCode(lang) ?? '') ? taggers.get(lang) : null) },
    async prepare(lang) {
      const code = modelCode(lang);
      return code ? load(code) : null;
    },
    async digest(article, summarySentences) {
      const code = modelCode(digestLanguage(articleParagraphs(article), article.lang));
      const modelAt = code ? await load(code) : undefined;
      const digest = articleDigest(article, { summarySentences, taggers });
      return modelAt === undefined ? { digest } : { digest, modelAt };
    },
  };
}
