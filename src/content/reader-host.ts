// The element the in-page reader lives in, made to resist the page around it (issue 13, items 1
// and 8).
//
// - It is a plain <div>: a page can define a custom element name (and keep its ElementInternals,
//   whose `shadowRoot` hands over even a closed root), but it cannot define or upgrade a built-in
//   element. It carries no attribute but its style and `popover`, and the reader sets no global
//   and dispatches no event in the page's world.
// - It is shown in the top layer (a manual popover), above the page's stacking contexts; a page
//   popover, dialog or fullscreen element that opens later is answered by raising the reader back
//   on top.
// - Its look is pinned twice: `:host { all: initial !important; ... }` in its shadow CSS (important
//   rules of a shadow tree beat the page's important rules) and the same as an important inline
//   style, put back whenever the page changes it. Moved or removed, it goes back to <html>.
// - Only trusted events (a person's input) reach its controls; untrusted ones stop at its root.
// - Once the page has tampered with it (changed its attributes, moved it, hid it, covered it) or
//   while it does not look whole (its <html> made transparent, filtered, clipped, zoomed away),
//   `refusal()` says so and the reader refuses Save and says why.
//
// What a page can still do (a content script shares the page's DOM and event loop):
// - Swallow input before the reader sees it: a listener the page added first on `window` in the
//   capture phase can stop any key or click (Escape, Close, Save). That denies the reader, it
//   never acts for the person; the toolbar button and the shortcut still close it.
// - Keep its main thread busy, so the reader stops answering.
// - Cover the reader with top-layer content the reader cannot see (inside the page's own closed
//   shadow roots, or after stopping the `toggle` event before it reaches the reader), or with
//   content that lets clicks through (`pointer-events: none`) and hides that it is there.
// - Learn that the reader is open, and when it closes (the host element is in its DOM), and, with
//   capture listeners on `window`, see where the person clicks and which keys they press (events
//   reach it retargeted to the host, with coordinates; bubbling stops at the reader's root).
// - Read what the person selects in the reader (`getSelection().toString()`), and find the
//   article's text and the reader's labels with `window.find` (which tells the UI language); the
//   notices, which would tell what was saved before, are CSS content that find does not search.
// - Change the page underneath, or the page's URL, at any time: the reader keeps what it read.

const STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'width: 100%',
  'height: 100%',
  'max-width: none',
  'max-height: none',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: hidden',
  'z-index: 2147483647',
  'opacity: 1',
  'visibility: visible',
  'pointer-events: auto',
  'background: transparent',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

const UNTRUSTED_BLOCKED = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'beforeinput',
  'submit',
];

const KEPT_INSIDE = [
  ...UNTRUSTED_BLOCKED,
  'wheel',
  'contextmenu',
  'focusin',
  'focusout',
  'copy',
  'cut',
  'paste',
  'selectstart',
];

export interface ReaderHost {
  host: HTMLDivElement;
  shadow: ShadowRoot;
  /** Shows it (in the top layer) at the end of <html> and starts watching. */
  attach: () => void;
  /** Stops watching and removes it. */
  detach: () => void;
  /** Why a click must not be trusted now (a page tampered with the reader), or null. */
  refusal: () => string | null;
}

/** Computed values that mean an element does not show its content as it is. */
function hidesContent(style: CSSStyleDeclaration): boolean {
  return (
    style.opacity !== '1' ||
    style.filter !== 'none' ||
    style.clipPath !== 'none' ||
    (style.maskImage !== undefined && style.maskImage !== 'none' && style.maskImage !== '')
  );
}

export function createReaderHost(): ReaderHost {
  const html = document.documentElement;
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  let tampered: string | null = null;
  let attached = false;
  const popoverSupported = typeof host.showPopover === 'function';

  // Through the CSSOM, which a page's CSP (style-src without 'unsafe-inline') does not block.
  let pinned = '';
  const pin = () => {
    if (!pinned || host.style.cssText !== pinned) {
      host.style.cssText = STYLE;
      pinned = host.style.cssText;
    }
    for (const { name } of [...host.attributes])
      if (name !== 'style' && name !== 'popover') host.removeAttribute(name);
    if (popoverSupported && host.getAttribute('popover') !== 'manual')
      host.setAttribute('popover', 'manual');
  };
  const show = () => {
    if (!popoverSupported || !host.isConnected) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // Not shown in the top layer (the page hid it again at once): it is still fixed on top.
    }
  };
  const mark = (why: string) => {
    tampered ??= why;
  };

  const observer = new MutationObserver((records) => {
    if (!attached) return;
    let moved = false;
    let changed = false;
    for (const record of records) {
      if (record.type === 'attributes' && record.target === host) changed = true;
      if (record.type === 'childList') moved = true;
    }
    if (changed) {
      mark('attributes');
      pin();
    }
    if (moved && host.parentNode !== html) {
      mark('moved');
      html.append(host);
      show();
    }
    // Our own repairs are not the page's doing.
    observer.takeRecords();
  });

  // A page popover, dialog or fullscreen element opening over the reader: raise the reader back.
  const onToggle = (event: Event) => {
    if (!attached) return;
    if (event.target === host) {
      if (popoverSupported && !host.matches(':popover-open')) {
        mark('hidden');
        show();
      }
      return;
    }
    if ((event as ToggleEvent).newState === 'open') {
      mark('covered');
      show();
    }
  };
  const onFullscreen = () => {
    if (attached && document.fullscreenElement && document.fullscreenElement !== host) {
      mark('covered');
      show();
    }
  };
  const onUntrusted = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of UNTRUSTED_BLOCKED) shadow.addEventListener(type, onUntrusted, true);
  // What a person does in the reader stays there: the page's own shortcuts and click handlers
  // (bubbling listeners) never see it. Its capture listeners still do, see above.
  const stayInside = (event: Event) => event.stopPropagation();
  for (const type of KEPT_INSIDE) shadow.addEventListener(type, stayInside);

  function looksWhole(): string | null {
    if (!host.isConnected || host.parentNode !== html) return 'moved';
    if (popoverSupported && !host.matches(':popover-open')) return 'hidden';
    if (hidesContent(getComputedStyle(host)) || hidesContent(getComputedStyle(html)))
      return 'hidden';
    if (getComputedStyle(host).visibility !== 'visible') return 'hidden';
    const box = host.getBoundingClientRect();
    if (box.width < innerWidth - 2 || box.height < innerHeight - 2 || box.x > 1 || box.y > 1)
      return 'moved';
    const visible = (
      host as { checkVisibility?: (options: Record<string, boolean>) => boolean }
    ).checkVisibility?.({ opacityProperty: true, visibilityProperty: true });
    if (visible === false) return 'hidden';
    try {
      const others = [...document.querySelectorAll(':popover-open, dialog:modal, :fullscreen')];
      if (others.some((el) => el !== host)) return 'covered';
    } catch {
      // A browser without one of these selectors has no such layer to cover the reader with.
    }
    return null;
  }

  return {
    host,
    shadow,
    attach() {
      pin();
      html.append(host);
      show();
      attached = true;
      observer.observe(host, { attributes: true });
      observer.observe(html, { childList: true });
      document.addEventListener('toggle', onToggle, true);
      document.addEventListener('fullscreenchange', onFullscreen, true);
    },
    detach() {
      attached = false;
      observer.disconnect();
      document.removeEventListener('toggle', onToggle, true);
      document.removeEventListener('fullscreenchange', onFullscreen, true);
      host.remove();
    },
    refusal() {
      return tampered ?? looksWhole();
    },
  };
}
