// The reading view's annotations: the highlights marked on the article body (DOM calls only,
// core/collection/highlight-dom.ts), the selection they are made from (mouse or keyboard), and
// the reading position, restored on opening and kept as the reader scrolls (throttled).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { anchorText, spanOfRange } from '../core/collection/highlight-dom';
import type { TextSpan } from '../core/collection/text-quote';
import { useMarks } from '../ui/use-marks';
import { newHighlight } from '../core/collection/highlight-edit';
import type { Highlight, HighlightColor } from '../core/schema/annotation';
import type { SavedArticle } from '../core/schema/saved-article';
import { articleAddress } from './address';

/** A position is written at most this often while scrolling. */
export const POSITION_EVERY_MS = 1000;
/** How long the restored position follows the page growing while it settles. */
const SETTLE_MS = 1500;

export type HighlightEdit = (current: Highlight[]) => Highlight[];

export interface AnnotationActions {
  /** Applies an edit to the stored highlights (in the store's transaction, never stale). */
  onEditHighlights: (edit: HighlightEdit) => void;
  onSetPosition: (fraction: number) => void;
}

function scrolledFraction(): number {
  const root = document.documentElement;
  const range = root.scrollHeight - window.innerHeight;
  return range > 0 ? Math.min(1, Math.max(0, window.scrollY / range)) : 0;
}

export function useAnnotations(record: SavedArticle, actions: AnnotationActions) {
  const span = useRef<TextSpan | null>(null);
  const [selecting, setSelecting] = useState(false);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const highlights = record.highlights ?? [];
  const { body, orphans, onBody: onBodyRendered } = useMarks(highlights);
  const latest = useRef({ highlights, actions });
  latest.current = { highlights, actions };
  const edit = (change: HighlightEdit) => latest.current.actions.onEditHighlights(change);

  useEffect(() => {
    const onSelection = () => {
      const root = body.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      span.current = range.collapsed ? null : spanOfRange(root, range);
      setSelecting(span.current !== null);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  const highlight = useCallback((color: HighlightColor) => {
    const root = body.current;
    if (!root || !span.current) return;
    const added = newHighlight(
      anchorText(root),
      span.current,
      color,
      crypto.randomUUID(),
      Date.now(),
    );
    if (!added) return;
    span.current = null;
    setSelecting(false);
    document.getSelection()?.removeAllRanges();
    setJustAdded(added.id);
    edit((all) => [...all, added]);
  }, []);

  const change = useCallback((id: string, patch: Partial<Pick<Highlight, 'color' | 'note'>>) => {
    const now = Date.now();
    edit((all) => all.map((h) => (h.id === id ? { ...h, ...patch, updatedAt: now } : h)));
  }, []);
  const remove = useCallback((id: string) => {
    edit((all) => all.filter((h) => h.id !== id));
  }, []);
  const show = useCallback((id: string) => {
    const mark = body.current?.querySelector<HTMLElement>(
      `mark[data-highlight="${CSS.escape(id)}"]`,
    );
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.tabIndex = -1;
    mark.focus({ preventScroll: true });
  }, []);

  // "H" highlights the selection in yellow, from the keyboard, outside fields.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      if (!span.current) return;
      event.preventDefault();
      highlight('yellow');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [highlight]);

  // Reading position: restored once per article, as soon as the record holding it is shown.
  const restored = useRef<string | null>(null);
  const fraction = record.position?.fraction ?? 0;
  useEffect(() => {
    if (restored.current === record.id || fraction <= 0) return;
    restored.current = record.id;
    // The view leaves the focus to this (focusTitle off): the title takes it without
    // scrolling, and the page goes where the reader was.
    const title = document.querySelector<HTMLElement>('h1.article-title');
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
    const restore = () => {
      const range = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: fraction * range, behavior: 'instant' });
    };
    restore();
    // The page may still grow (the facts card, fonts): follow it until the reader moves or
    // a moment has passed.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(restore);
    observer?.observe(document.body);
    const inputs = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    const stop = () => {
      observer?.disconnect();
      clearTimeout(limit);
      for (const type of inputs) window.removeEventListener(type, stop);
    };
    const limit = setTimeout(stop, SETTLE_MS);
    for (const type of inputs) window.addEventListener(type, stop, { passive: true });
    return stop;
  }, [record.id, fraction]);

  // ... and kept while the reader scrolls (throttled).
  useEffect(() => {
    const id = record.id;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = -1;
    // Measured at each scroll, while the article is laid out: when the view closes, the page
    // below it is already another one (the list), whose measures say nothing of the article.
    let seen = -1;
    const keep = () => {
      timer = undefined;
      if (seen < 0 || Math.abs(seen - last) < 0.005) return;
      last = seen;
      latest.current.actions.onSetPosition(seen);
    };
    const onScroll = () => {
      // Leaving the article (Back sets an empty address, which scrolls to the top) is no
      // reading: only scrolls while the address still names this article count.
      const address = articleAddress(location.hash);
      if (address.kind !== 'article' || address.id !== id || !body.current?.isConnected) return;
      seen = scrolledFraction();
      timer ??= setTimeout(keep, POSITION_EVERY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (timer !== undefined) {
        clearTimeout(timer);
        keep();
      }
    };
  }, [record.id]);

  return { onBodyRendered, selecting, orphans, justAdded, highlight, change, remove, show };
}
