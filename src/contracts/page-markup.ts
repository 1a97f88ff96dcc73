// The read script's answer (src/content/read.ts): the page's markup, or why there is none. It
// comes from the page's process, so it is checked for its shape before anything uses it.
import * as v from 'valibot';

export type PageMarkup =
  | { ok: true; markup: string; url: string; doneAt: number }
  | { ok: false; reason: 'not-article' | 'too-large' | 'not-html' | 'error'; message: string };

const PageMarkupSchema = v.union([
  v.object({ ok: v.literal(true), markup: v.string(), url: v.string(), doneAt: v.number() }),
  v.object({
    ok: v.literal(false),
    reason: v.picklist(['not-article', 'too-large', 'not-html', 'error']),
    message: v.string(),
  }),
]);

/** The value if it is a well-formed answer of the read script, else null. */
export function parsePageMarkup(value: unknown): PageMarkup | null {
  const parsed = v.safeParse(PageMarkupSchema, value);
  return parsed.success ? (parsed.output as PageMarkup) : null;
}
