// The digest (summary and facts) in an extension context: the popup, the library and the
// background (for the in-page reader and for saves). The entity models are packaged files
// (lang/<code>/ner.json and gazetteer.json, see scripts/build.mjs), fetched from the extension
// itself once per context and never injected into a page.
import browser from './browser';
import { articleDigest, articleParagraphs, digestLanguage } from '../core/analyze';
import { modelCode, taggerCache, type ModelFiles } from '../core/ner/models';
import type { Article, Digest } from '../core/types';

const loaded = new Map<string, Promise<ModelFiles | null>>();
const ready = new Map<string, ModelFiles | null>();
const taggers = taggerCache((code) => ready.get(code) ?? null);

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** Loads a model once; a missing or broken file leaves that language to the rules. */
function loadModel(code: string): Promise<ModelFiles | null> {
  let pending = loaded.get(code);
  if (!pending) {
    pending = Promise.all([
      fetchJson(`lang/${code}/ner.json`),
      fetchJson(`lang/${code}/gazetteer.json`),
    ])
      .then(([model, gazetteer]) => ({ model, gazetteer }) as ModelFiles)
      .catch(() => null)
      .then((files) => {
        ready.set(code, files);
        return files;
      });
    loaded.set(code, pending);
  }
  return pending;
}

export type DigestInput = Pick<Article, 'text' | 'lang' | 'publishedTime' | 'title'>;

export async function digestArticle(article: DigestInput, summarySentences = 3): Promise<Digest> {
  const code = modelCode(digestLanguage(articleParagraphs(article), article.lang));
  if (code) await loadModel(code);
  return articleDigest(article, { summarySentences, taggers });
}
