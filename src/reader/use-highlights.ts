// Highlights in the in-page reader (issue 16): the marks painted on the article body (DOM calls
// only, core/collection/highlight-dom.ts), the selection they are made from, by mouse or keyboard,
// inside the reader's closed shadow root (Selection.getComposedRanges, where a document's
// selection would be retargeted to the host), and the edits, handed to the reader's actions.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { anchorText, spanOfRange, type BoundaryRange } from '../core/collection/highlight-dom';
import { newHighlight, type HighlightEditOp } from '../core/collection/highlight-edit';
import type { TextSpan } from '../core/collection/text-quote';
import { useMarks } from '../ui/use-marks';
import type { Highlight, HighlightColor } from '../core/schema/annotation';

type Composed = Selection & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => BoundaryRange[];
};

/** The selected range, inside the shadow root that holds `root` too. */
function selectedRange(root: HTMLElement): BoundaryRange | null {
  const selection = document.getSelection() as Composed | null;
  if (!selection) return null;
  const shadow = root.getRootNode();
  if (selection.getComposedRanges && shadow instanceof ShadowRoot)
    return selection.getComposedRanges({ shadowRoots: [shadow] })[0] ?? null;
  return selection.rangeCount ? selection.getRangeAt(0) : null;
}

export function useHighlights(
  highlights: readonly Highlight[],
  onEdit: (edit: HighlightEditOp) => void,
) {
  const { body, orphans, onBody } = useMarks(highlights);
  const span = useRef<TextSpan | null>(null);
  const [selecting, setSelecting] = useState(false);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const latest = useRef({ highlights, onEdit });
  latest.current = { highlights, onEdit };

  useEffect(() => {
    const onSelection = () => {
      const root = body.current;
      const range = root && selectedRange(root);
      span.current = root && range ? spanOfRange(root, range) : null;
      setSelecting(span.current !== null);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  /** Highlights the selection; false when nothing of the article is selected. */
  const highlight = useCallback((color: HighlightColor): boolean => {
    const root = body.current;
    if (!root) return false;
    // The selection as it is now: a key pressed right after selecting can come before the
    // selectionchange event; a click on a colour, which may clear it, uses what that event kept.
    const live = selectedRange(root);
    const selected = (live && spanOfRange(root, live)) ?? span.current;
    if (!selected) return false;
    const added = newHighlight(anchorText(root), selected, color, crypto.randomUUID(), Date.now());
    if (!added) return false;
    span.current = null;
    setSelecting(false);
    document.getSelection()?.removeAllRanges();
    setJustAdded(added.id);
    latest.current.onEdit({ kind: 'add', highlight: added });
    return true;
  }, []);

  const change = useCallback((id: string, patch: { color?: HighlightColor; note?: string }) => {
    latest.current.onEdit({ kind: 'change', id, ...patch });
  }, []);
  const remove = useCallback((id: string) => latest.current.onEdit({ kind: 'remove', id }), []);
  const show = useCallback((id: string) => {
    const mark = body.current?.querySelector<HTMLElement>(
      `mark[data-highlight="${CSS.escape(id)}"]`,
    );
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.tabIndex = -1;
    mark.focus({ preventScroll: true });
  }, []);

  return { onBody, selecting, orphans, justAdded, highlight, change, remove, show };
}
