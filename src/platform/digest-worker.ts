// The pages' digest worker: a dedicated worker the popup starts the moment its first script runs
// (src/popup/early.ts), so the entity model is fetched, parsed and built into a tagger while the
// tab's markup comes and the article is extracted, and the digest runs beside the page's main
// thread, which paints the article meanwhile. Built as a classic script (scripts/build.mjs): it
// sits beside popup.html, and the models' paths are relative to it. Messages are checked
// (src/contracts/digest-worker.ts); a dedicated worker hears only the page that started it.
import { parseDigestRequest, type DigestWorkerAnswer } from '../contracts/digest-worker';
import { modelDigester } from './model-digester';
import { MODEL_CODES } from '../core/ner/models';

interface WorkerScope {
  location: { href: string };
  postMessage: (message: DigestWorkerAnswer) => void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const digester = modelDigester((path) => new URL(path, scope.location.href).href);
// The models' bytes are on their way before the page knows its language (nothing is parsed).
for (const code of MODEL_CODES) digester.prefetch(code);
/** Whether an article was asked for: a warm-up never runs in its way. */
let asked = false;

scope.onmessage = (event) => {
  const request = parseDigestRequest(event.data);
  if (!request) return;
  if (request.type === 'prepare') {
    const { lang, sample } = request;
    void digester.prepare(lang).then(() => {
      if (sample && !asked) digester.warm(sample, lang);
    });
    return;
  }
  asked = true;
  const { id } = request;
  digester.digest(request.article, request.summarySentences).then(
    ({ digest, modelAt }) =>
      scope.postMessage({
        type: 'digest',
        id,
        ok: true,
        digest,
        timing: {
          ...(modelAt === undefined ? {} : { modelAt }),
          doneAt: performance.timeOrigin + performance.now(),
        },
      }),
    (error: unknown) =>
      scope.postMessage({ type: 'digest', id, ok: false, message: String(error) }),
  );
};

export const result = undefined;
