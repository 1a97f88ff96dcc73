// The popup's digest worker (digest-job.ts): a classic script of its own (scripts/build.mjs),
// started by the popup's first script (src/popup/early.ts) so that its code and the entity
// model load on another thread while the popup extracts and paints the article. The models are
// the extension's own files, fetched from its origin (a worker has no runtime.getURL).
import { digestJob, type DigestJobMessage } from './digest-job';
import { modelDigester } from './model-digester';
import { warmUpDigest } from './digest-warmup';

const scope = self as unknown as {
  location: { origin: string };
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage: (message: DigestJobMessage) => void;
};

const handle = digestJob(
  (message) => scope.postMessage(message),
  modelDigester((path) => `${scope.location.origin}/${path}`),
  warmUpDigest,
);
scope.onmessage = (event) => handle(event.data);

export const result = undefined;
