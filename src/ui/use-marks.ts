// The highlight marks painted on an article body, shared by the library's reading view
// (library/use-annotations.ts) and the in-page reader (reader/use-highlights.ts): DOM calls
// only (core/collection/highlight-dom.ts), repainted when what the marks show changes or the
// body is rendered anew, never for a note alone (that would collapse a selection inside them).
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyHighlights, clearHighlights, marksKey } from '../core/collection/highlight-dom';
import type { Highlight } from '../core/schema/annotation';

export function useMarks(highlights: readonly Highlight[]) {
  const body = useRef<HTMLElement | null>(null);
  const [orphans, setOrphans] = useState<string[]>([]);
  const latest = useRef(highlights);
  latest.current = highlights;
  const painted = useRef<{ root: HTMLElement; key: string } | null>(null);
  const paint = useCallback(() => {
    const root = body.current;
    if (!root) return;
    const key = marksKey(latest.current);
    if (painted.current?.root === root && painted.current.key === key) return;
    painted.current = { root, key };
    clearHighlights(root);
    setOrphans(applyHighlights(root, latest.current));
  }, []);
  /** For ArticleView's onBody: called each time the body is rendered anew (kept images, pages). */
  const onBody = useCallback(
    (root: HTMLElement) => {
      body.current = root;
      painted.current = null; // new content: its marks are painted whatever they were before
      paint();
    },
    [paint],
  );
  useLayoutEffect(paint, [paint, highlights]);
  return { body, orphans, onBody };
}
