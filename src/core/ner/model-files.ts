// Which language uses which entity model, and the files the extension ships for each (written by
// scripts/build.mjs). Apart from the tagger's code, so that the popup's first script can start
// fetching the files before anything else has loaded (src/popup/early.ts).

/** Languages with a trained model, and the model they use (Malay reads with Indonesian's). */
export const MODEL_OF: Record<string, string> = { id: 'id', ms: 'id', en: 'en' };

/** The packaged models, each once. */
export const MODEL_CODES: readonly string[] = [...new Set(Object.values(MODEL_OF))];

/** The packaged files of a model. */
export function modelPaths(code: string): { model: string; gazetteer: string } {
  return { model: `lang/${code}/ner.bin.gz`, gazetteer: `lang/${code}/gazetteer.json` };
}
