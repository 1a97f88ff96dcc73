// The popup's side of the digest worker (digest-job.ts): asks it to load a language's model and
// to digest articles, by messages, and checks every answer's shape (the digest against its one
// schema) before the popup uses it. A worker that fails fails every request still open, and the
// ones after it: the caller then asks elsewhere (the popup asks the background).
import * as v from 'valibot';
import { DigestSchema } from '../core/schema/digest';
import type { Digest } from '../core/types';
import type { DigestJobMessage, DigestPageMessage } from './digest-job';
import type { DigestInput } from './model-digester';

export interface DigestWorkerLike {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
  postMessage(message: DigestPageMessage): void;
  terminate(): void;
}

const epoch = v.pipe(v.number(), v.finite());
const seq = v.pipe(v.number(), v.integer(), v.minValue(0));

const JobMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('model'),
    lang: v.pipe(v.string(), v.maxLength(35)),
    at: v.nullable(epoch),
  }),
  v.strictObject({
    type: v.literal('digest'),
    seq,
    digest: DigestSchema,
    modelAt: v.optional(epoch),
  }),
  v.strictObject({ type: v.literal('failed'), seq }),
]);

/** The value if it is a well-formed message of the digest worker, else null. */
export function parseDigestJobMessage(value: unknown): DigestJobMessage | null {
  const parsed = v.safeParse(JobMessageSchema, value);
  return parsed.success ? (parsed.output as DigestJobMessage) : null;
}

type Pending<T> = { resolve: (value: T) => void; reject: (error: Error) => void };

export class DigestClient {
  private seq = 0;
  private broken = false;
  private readonly digests = new Map<number, Pending<{ digest: Digest; modelAt?: number }>>();
  private readonly models = new Map<string, Promise<number | null>>();
  private readonly modelWaits = new Map<string, Pending<number | null>>();

  constructor(private readonly worker: DigestWorkerLike) {
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = () => this.fail();
    worker.onmessageerror = () => this.fail();
  }

  private receive(value: unknown): void {
    const message = parseDigestJobMessage(value);
    // A malformed answer cannot be matched to its request: nothing it says is trusted.
    if (!message) return this.fail();
    if (message.type === 'model') {
      this.modelWaits.get(message.lang)?.resolve(message.at);
      this.modelWaits.delete(message.lang);
      return;
    }
    const pending = this.digests.get(message.seq);
    this.digests.delete(message.seq);
    if (!pending) return;
    if (message.type === 'failed') pending.reject(new Error('The digest failed.'));
    else
      pending.resolve(
        message.modelAt === undefined
          ? { digest: message.digest }
          : { digest: message.digest, modelAt: message.modelAt },
      );
  }

  private fail(): void {
    this.broken = true;
    const error = new Error('The digest worker stopped.');
    for (const pending of this.digests.values()) pending.reject(error);
    for (const pending of this.modelWaits.values()) pending.reject(error);
    this.digests.clear();
    this.modelWaits.clear();
  }

  /** Starts loading a language's model; resolves to when it was ready (epoch ms), or null. */
  prepare(lang: string): Promise<number | null> {
    let ready = this.models.get(lang);
    if (!ready) {
      ready = this.broken
        ? Promise.reject(new Error('The digest worker stopped.'))
        : new Promise((resolve, reject) => {
            this.modelWaits.set(lang, { resolve, reject });
            this.worker.postMessage({ type: 'prepare', lang });
          });
      this.models.set(lang, ready);
    }
    return ready;
  }

  /** The article's digest, and when its model was ready (epoch ms; absent without a model). */
  digest(
    article: DigestInput,
    summarySentences: number,
  ): Promise<{ digest: Digest; modelAt?: number }> {
    if (this.broken) return Promise.reject(new Error('The digest worker stopped.'));
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.digests.set(seq, { resolve, reject });
      // Only the fields the digest reads cross (the article's HTML stays here).
      const { text, lang, publishedTime, title } = article;
      this.worker.postMessage({
        type: 'digest',
        seq,
        article: { text, lang, publishedTime, title: title.slice(0, 2000) },
        summarySentences,
      });
    });
  }

  close(): void {
    this.fail();
    this.worker.terminate();
  }
}
