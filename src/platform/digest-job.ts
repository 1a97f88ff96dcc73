// The popup's digest worker (digest-worker.ts, issue 17): the entity model is fetched, inflated
// and unpacked, its tagger built, and the digest computed there, on another thread than the one
// that extracts and paints the article. The popup's side is digest-client.ts. Both sides check
// what crosses: the worker is the extension's own code, but a message is a message.
import * as v from 'valibot';
import type { DigestInput, ModelDigester } from './model-digester';
import type { TaggerSource } from '../core/ner/models';
import type { Digest } from '../core/types';

/** From the popup to the worker. */
export type DigestPageMessage =
  | { type: 'prepare'; lang: string }
  | { type: 'digest'; seq: number; article: DigestInput; summarySentences: number };

/** From the worker to the popup. `at` and `modelAt` are epoch ms (for the benchmark's marks). */
export type DigestJobMessage =
  | { type: 'model'; lang: string; at: number | null }
  | { type: 'digest'; seq: number; digest: Digest; modelAt?: number }
  | { type: 'failed'; seq: number };

const seq = v.pipe(v.number(), v.integer(), v.minValue(0));
const lang = v.pipe(v.string(), v.maxLength(35));

const PageMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('prepare'), lang }),
  v.strictObject({
    type: v.literal('digest'),
    seq,
    article: v.strictObject({
      text: v.pipe(v.string(), v.maxLength(2_000_000)),
      lang,
      publishedTime: v.nullable(v.pipe(v.string(), v.maxLength(64))),
      title: v.pipe(v.string(), v.maxLength(2_000)),
    }),
    summarySentences: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  }),
]);

/** The value if it is a well-formed message of the popup, else null. */
export function parseDigestPageMessage(value: unknown): DigestPageMessage | null {
  const parsed = v.safeParse(PageMessageSchema, value);
  return parsed.success ? parsed.output : null;
}

/**
 * The worker's handler of the popup's messages: 'prepare' starts loading a language's model
 * (answered by 'model' when it is ready, `at` null for a language without one) and warms the
 * digest up while the files come; 'digest' is
 * answered by 'digest' or 'failed' with its `seq` (a malformed one too, when its
 * `seq` can be read). Anything else is ignored.
 */
export function digestJob(
  post: (message: DigestJobMessage) => void,
  digester: ModelDigester,
  /** A first digest, with the taggers once the model is there (digest-warmup.ts); none by default. */
  warmUp: (lang: string, taggers: TaggerSource | null) => void = () => {},
): (message: unknown) => void {
  const warm = new Set<string>();
  /** Whether an article came: from then on its digest has the thread, not a warm-up. */
  let asked = false;
  const tryWarmUp = (lang: string, taggers: TaggerSource | null) => {
    try {
      warmUp(lang, taggers);
    } catch {
      // A warm-up is only ever a head start.
    }
  };
  return (value) => {
    const message = parseDigestPageMessage(value);
    if (!message) {
      // A request out of bounds is refused in words, so the popup does not wait for it.
      const asked = (value as { type?: unknown; seq?: unknown } | null) ?? {};
      if (asked.type === 'digest' && Number.isInteger(asked.seq) && (asked.seq as number) >= 0)
        post({ type: 'failed', seq: asked.seq as number });
      return;
    }
    if (message.type === 'prepare') {
      const first = !warm.has(message.lang);
      warm.add(message.lang);
      void digester.prepare(message.lang).then(
        (at) => {
          post({ type: 'model', lang: message.lang, at });
          // The model came before the article: the taggers' code is warmed as well.
          if (first && at !== null && !asked) tryWarmUp(message.lang, digester.taggers);
        },
        () => post({ type: 'model', lang: message.lang, at: null }),
      );
      // The model's files are on their way (no work of this thread): their time goes to a first
      // digest, so that the article's comes warm.
      if (first) tryWarmUp(message.lang, null);
      return;
    }
    asked = true;
    digester.digest(message.article, message.summarySentences).then(
      ({ digest, modelAt }) =>
        post({
          type: 'digest',
          seq: message.seq,
          digest,
          ...(modelAt === undefined ? {} : { modelAt }),
        }),
      () => post({ type: 'failed', seq: message.seq }),
    );
  };
}
