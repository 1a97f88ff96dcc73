// Highlights made from a selection and the edits made to them, as data: the library's reading
// view and the in-page reader make them alike, and the background applies the reader's edits to
// the stored list inside the store's write (src/storage/library-store.ts, editHighlights). The
// edit's schema is its message's (reader:highlight, src/contracts/messages.ts).
import { ANNOTATION_LIMITS, type Highlight, type HighlightColor } from '../schema/annotation';
import { describeQuote, type TextSpan } from './text-quote';

/** The span without the white space at its ends, and at most the length a highlight keeps. */
export function trimmedSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  end = Math.min(end, start + ANNOTATION_LIMITS.exact);
  return end > start ? { start, end } : null;
}

/** A new highlight of the span of `text` (the body's anchor text), or null for white space. */
export function newHighlight(
  text: string,
  span: TextSpan,
  color: HighlightColor,
  id: string,
  now: number,
): Highlight | null {
  const at = trimmedSpan(text, span);
  if (!at) return null;
  return { id, color, ...describeQuote(text, at), note: '', createdAt: now, updatedAt: now };
}

/** One edit of an article's highlights: add one, change its colour or note, or remove it. */
export type HighlightEditOp =
  | { kind: 'add'; highlight: Highlight }
  | { kind: 'change'; id: string; color?: HighlightColor | undefined; note?: string | undefined }
  | { kind: 'remove'; id: string };

/** The list after the edit (an id added twice is kept once; an unknown id changes nothing). */
export function applyHighlightEdit(
  all: readonly Highlight[],
  op: HighlightEditOp,
  now: number,
): Highlight[] {
  switch (op.kind) {
    case 'add':
      return all.some((h) => h.id === op.highlight.id) ? [...all] : [...all, op.highlight];
    case 'change': {
      const { color, note } = op;
      return all.map((h) =>
        h.id === op.id
          ? {
              ...h,
              ...(color !== undefined && { color }),
              ...(note !== undefined && { note }),
              updatedAt: now,
            }
          : h,
      );
    }
    case 'remove':
      return all.filter((h) => h.id !== op.id);
  }
}
