// The reading view by keyboard (issue 15, item 1): Tab stays inside the view (a modal dialog
// over the page), and the scrolling keys scroll the article wherever the focus is not on a
// control. Plain functions over an event and elements, shared by the views that need them.

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, audio[controls], video[controls], [tabindex]:not([tabindex="-1"])';
/** Where a key belongs to the control (Space presses a button, arrows move in a list). */
const CONTROLS =
  'a[href], button, input, select, textarea, summary, audio, video, [contenteditable]';

/** The element a key went to, inside shadow roots too. */
export function keyTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/** Whether the key is for the control under focus rather than for the view. */
export function onControl(event: Event): boolean {
  return keyTarget(event)?.closest(CONTROLS) != null;
}

/**
 * Moves the focus to the next (Shift: previous) control inside `container`, from the last one
 * back to the first; true when it handled the key.
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const items = [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.getClientRects().length > 0,
  );
  event.preventDefault();
  if (!items.length) return true;
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  let at = active ? items.indexOf(active as HTMLElement) : -1;
  if (at === -1) {
    // From a place that is no stop of its own (the article): the controls after it.
    const after = active
      ? items.findIndex(
          (el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
        )
      : 0;
    at = after === -1 ? items.length : after;
    if (!event.shiftKey) at -= 1;
  }
  const next = items[(at + (event.shiftKey ? -1 : 1) + items.length) % items.length];
  next?.focus();
  return true;
}

/** Scrolls `scroller` for Space, Page Up/Down, the arrows, Home and End; true when it did. */
export function scrollKey(event: KeyboardEvent, scroller: HTMLElement, inset = 0): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || onControl(event)) return false;
  const page = Math.max(40, scroller.clientHeight - inset - 40);
  const by: Record<string, number> = {
    ' ': event.shiftKey ? -page : page,
    PageDown: page,
    PageUp: -page,
    ArrowDown: 40,
    ArrowUp: -40,
  };
  if (event.key === 'Home') scroller.scrollTop = 0;
  else if (event.key === 'End') scroller.scrollTop = scroller.scrollHeight;
  else if (event.key in by) scroller.scrollTop += by[event.key] ?? 0;
  else return false;
  event.preventDefault();
  return true;
}
