// Which language uses which entity model, and a cache that builds each tagger once per context
// from data its caller loads (fetch of the packaged file in the extension, fs in Node).
import type { GazetteerData } from './features';
import { loadTagger, type NerModelData, type Tagger } from './tagger';
import type { PackedNerModel } from './packed';

/** Languages with a trained model, and the model they use (Malay reads with Indonesian's). */
const MODEL_OF: Record<string, string> = { id: 'id', ms: 'id', en: 'en' };

export function modelCode(lang: string): string | null {
  return MODEL_OF[lang] ?? null;
}

export interface ModelFiles {
  /** The trained JSON (Node), or the packed file the extension ships (src/core/ner/packed.ts). */
  model: NerModelData | PackedNerModel;
  gazetteer: GazetteerData | null;
}

/** Taggers by language, for analyze(); null where a language has no model. */
export interface TaggerSource {
  get(lang: string): Tagger | null;
}

export function taggerCache(load: (code: string) => ModelFiles | null): TaggerSource {
  const built = new Map<string, Tagger | null>();
  return {
    get(lang) {
      const code = modelCode(lang);
      if (!code) return null;
      if (!built.has(code)) {
        const files = load(code);
        built.set(code, files ? loadTagger(files.model, files.gazetteer) : null);
      }
      return built.get(code)!;
    },
  };
}
