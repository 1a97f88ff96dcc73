// The one catalogue of runtime messages. Every message is checked for its shape and for who
// sent it before a handler sees it: privileged actions come only from the extension's own
// pages, never from a content script (which shares a process with an untrusted page).
import * as v from 'valibot';
import { ArticleSchema } from '../core/schema/article';
import { DigestSchema } from '../core/schema/digest';
import { UI_LANGUAGES } from './i18n';
import type { HighlightEditOp } from '../core/collection/highlight-edit';
import { ANNOTATION_LIMITS, HIGHLIGHT_COLORS, HighlightSchema } from '../core/schema/annotation';

const highlightId = v.pipe(v.string(), v.minLength(1), v.maxLength(ANNOTATION_LIMITS.id));

/** One edit of an article's highlights: add one, change its colour or note, or remove it. */
export const HighlightEditSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('add'), highlight: HighlightSchema }),
  v.strictObject({
    kind: v.literal('change'),
    id: highlightId,
    color: v.optional(v.picklist(HIGHLIGHT_COLORS)),
    note: v.optional(v.pipe(v.string(), v.maxLength(ANNOTATION_LIMITS.note))),
  }),
  v.strictObject({ kind: v.literal('remove'), id: highlightId }),
]) satisfies v.GenericSchema<unknown, HighlightEditOp>;

/** The page a reader's annotations are for: the library finds its entry by these (findByUrl). */
const articleAddress = {
  url: v.pipe(v.string(), v.maxLength(8192)),
  canonicalUrl: v.pipe(v.string(), v.maxLength(8192)),
};

export type SenderKind = 'extension-page' | 'content-script' | 'unknown';

/** A page this long is refused before it is parsed (the read script refuses far smaller ones). */
const MAX_MARKUP_CHARS = 64 * 1024 * 1024;

/** Message name -> payload schema, and who may send it. */
export const MESSAGE_SPECS = {
  /**
   * Extension page -> background: show the library page (the open one, or a new tab), on one
   * saved article's page when its id is given (the popup's "Open in library").
   */
  'library:open': {
    from: ['extension-page'],
    payload: v.strictObject({ article: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  },
  /**
   * Extension page -> background: fetch and keep the images of this saved article (issue 16).
   * The background does it (a popup closes before they arrive) with the host access the reader
   * gave; it reads the article from the library itself, so the page names only its id.
   */
  'library:keepImages': {
    from: ['extension-page'],
    payload: v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
  },
  /**
   * In-page reader -> background: save the article the reader shows (issue 13, item 4: a fresh
   * read would store whatever the page swapped in since). The content script shares a process
   * with the page, so the background checks the article belongs to the sender's own page
   * (`articleFromSender`): a forged request can at most save, under the page's own address, what
   * that page could have shown the reader anyway.
   */
  'tab:save': {
    from: ['content-script'],
    payload: v.strictObject({ article: ArticleSchema, digest: DigestSchema }),
  },
  /**
   * In-page reader -> background: the article of this markup (the sender's own page). The
   * background extracts it (its code is cached there, not compiled in every tab) and answers
   * the sender only, so a forged request learns nothing it did not send. Unless the reader turned
   * it off, the background then finds the article's further pages on the same markup (issue 12)
   * and has content/pages.js fetch them from the sender's own tab (same origin, the page's
   * credentials), for the reader's `reader:pages`; the markup must be the sender's own page
   * (`articleFromSender` on its address).
   */
  'reader:read': {
    from: ['content-script'],
    payload: v.strictObject({
      markup: v.pipe(v.string(), v.maxLength(MAX_MARKUP_CHARS)),
      url: v.pipe(v.string(), v.maxLength(8192)),
    }),
  },
  /**
   * In-page reader -> background: the article of its `reader:read` joined with its further
   * pages (issue 12), for the sender's own tab and address only; the markup is not sent again.
   * Page by page: `seen` steps taken, the answer is the next (one more page joined, in reading
   * order) or, marked `last`, the whole.
   */
  'reader:pages': {
    from: ['content-script'],
    payload: v.strictObject({
      url: v.pipe(v.string(), v.maxLength(8192)),
      seen: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
    }),
  },
  /**
   * In-page reader -> background: whether the article it shows is in the library, and its
   * highlights. Only for the sender's own page (`articleFromSender` on `url`), and the library
   * key lets a canonical URL stand only on the page's own site, so a page learns at most the
   * highlights made on its own site's articles.
   */
  'reader:notes': {
    from: ['content-script'],
    payload: v.strictObject(articleAddress),
  },
  /**
   * In-page reader -> background: one edit of the highlights of the saved article it shows
   * (the reader saves it first with `tab:save`); same check of the address as `reader:notes`.
   */
  'reader:highlight': {
    from: ['content-script'],
    payload: v.strictObject({ ...articleAddress, edit: HighlightEditSchema }),
  },
  /**
   * In-page reader -> background: the strings of this UI language (reader-strings.ts), so that
   * the script injected into every page carries no catalogue. Nothing private in the answer.
   */
  'reader:strings': {
    from: ['content-script'],
    payload: v.strictObject({ lang: v.picklist(UI_LANGUAGES) }),
  },
  /**
   * Popup -> background: the page's declared language, as soon as its markup comes, so that the
   * background loads that entity model (and warms its digest up) while the popup extracts the
   * article; the popup's `digest:compute` follows. Answered with when the model was ready.
   */
  'digest:prepare': {
    from: ['extension-page'],
    payload: v.strictObject({ lang: v.pipe(v.string(), v.minLength(1), v.maxLength(35)) }),
  },
  /**
   * In-page reader and popup -> background: the digest (facts and summary) of the article it
   * shows. Pure text analysis in the worker, where the entity model is loaded, so no model enters
   * a page, and none is loaded on the popup's own thread, which paints the article (issue 17).
   * The answer is only ever data about the text the sender itself sent.
   */
  'digest:compute': {
    from: ['content-script', 'extension-page'],
    payload: v.strictObject({
      text: v.pipe(v.string(), v.maxLength(2_000_000)),
      lang: v.pipe(v.string(), v.maxLength(35)),
      publishedTime: v.nullable(v.pipe(v.string(), v.maxLength(64))),
      title: v.pipe(v.string(), v.maxLength(2_000)),
      summarySentences: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: v.GenericSchema }>;

export type MessageName = keyof typeof MESSAGE_SPECS;
export type MessagePayload<N extends MessageName> = v.InferOutput<
  (typeof MESSAGE_SPECS)[N]['payload']
>;
export interface Message<N extends MessageName = MessageName> {
  type: N;
  payload: MessagePayload<N>;
}

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

/** Who sent a message, judged from the browser's sender record, not from the message. */
export function senderKind(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind {
  if (sender.id !== extensionId) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return 'unknown';
}

export type Validated =
  { ok: true; message: Message; from: SenderKind } | { ok: false; error: string };

export function validateMessage(raw: unknown, from: SenderKind): Validated {
  if (typeof raw !== 'object' || raw === null || !('type' in raw))
    return { ok: false, error: 'not a message' };
  const type = (raw as { type: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_SPECS, type))
    return { ok: false, error: 'unknown message type' };
  const spec = MESSAGE_SPECS[type as MessageName];
  if (!(spec.from as readonly SenderKind[]).includes(from))
    return { ok: false, error: `"${type}" is not accepted from ${from}` };
  const parsed = v.safeParse(spec.payload, (raw as { payload?: unknown }).payload);
  if (!parsed.success) return { ok: false, error: `bad payload for "${type}"` };
  return {
    ok: true,
    message: { type: type as MessageName, payload: parsed.output } as Message,
    from,
  };
}

/**
 * Whether an article a content script sends is the sender's own page: the top frame of a tab,
 * on the same origin as the sender's document. Its canonical URL is left to the library key,
 * which ignores one on another site (core/collection/canonical-key.ts).
 */
export function articleFromSender(articleUrl: string, sender: SenderInfo): boolean {
  if (!sender.tab || (sender.frameId !== undefined && sender.frameId !== 0)) return false;
  try {
    const page = new URL(sender.url ?? '');
    const article = new URL(articleUrl);
    return (
      (page.protocol === 'http:' || page.protocol === 'https:' || page.protocol === 'file:') &&
      page.origin === article.origin &&
      (page.protocol !== 'file:' || page.pathname === article.pathname)
    );
  } catch {
    return false;
  }
}
