// The popup's side of its digest worker (src/platform/digest-worker.ts): a digest asked for is
// posted at once, and its answer checked (src/contracts/digest-worker.ts). Without a worker, or
// once it failed, the digest runs here, after the article is painted so it never holds it back.
import {
  parseDigestAnswer,
  type DigestWorkerArticle,
  type DigestWorkerRequest,
} from '../contracts/digest-worker';
import type { Digest } from '../core/types';
import { afterPaint } from '../ui/after-paint';

export type DigestHere = (
  article: DigestWorkerArticle,
  summarySentences: number,
) => Promise<Digest>;

interface Waiting {
  article: DigestWorkerArticle;
  summarySentences: number;
  resolve: (digest: Digest) => void;
  reject: (error: Error) => void;
}

/** Marks a stage the worker timed (epoch ms) on this page's clock, for the browser benchmark. */
function markAt(name: string, epochMs: number | undefined): void {
  if (epochMs === undefined) return;
  performance.mark(`ringkas:${name}`, {
    startTime: Math.max(0, epochMs - performance.timeOrigin),
  });
}

export function digestClient(
  worker: Worker | null,
  here: () => Promise<DigestHere>,
): (article: DigestWorkerArticle, summarySentences: number) => Promise<Digest> {
  let next = 0;
  let broken = worker === null;
  const waiting = new Map<number, Waiting>();

  const runHere = ({ article, summarySentences, resolve, reject }: Waiting) =>
    afterPaint(() => {
      here()
        .then((digest) => digest(article, summarySentences))
        .then(resolve, reject);
    });

  worker?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const answer = parseDigestAnswer(event.data);
    const asked = answer && waiting.get(answer.id);
    if (!answer || !asked) return;
    waiting.delete(answer.id);
    if (!answer.ok) {
      asked.reject(new Error(answer.message));
      return;
    }
    markAt('model', answer.timing.modelAt);
    markAt('digested', answer.timing.doneAt);
    asked.resolve(answer.digest);
  });
  // The worker's script did not load, or it broke: what it was asked is done here instead.
  worker?.addEventListener('error', () => {
    broken = true;
    worker.terminate();
    for (const asked of waiting.values()) runHere(asked);
    waiting.clear();
  });

  return (article, summarySentences) =>
    new Promise<Digest>((resolve, reject) => {
      const asked: Waiting = {
        article: {
          text: article.text,
          lang: article.lang,
          publishedTime: article.publishedTime,
          title: article.title,
        },
        summarySentences,
        resolve,
        reject,
      };
      if (broken || !worker) {
        runHere(asked);
        return;
      }
      const id = ++next;
      waiting.set(id, asked);
      worker.postMessage({
        type: 'digest',
        id,
        article: asked.article,
        summarySentences,
      } satisfies DigestWorkerRequest);
    });
}
