// The one interface every browser test is written against. Each browser has its driver
// (chromium-driver.ts: playwright-core over the DevTools protocol; firefox-driver.ts:
// puppeteer-core over WebDriver BiDi); a test file runs once per browser with `eachBrowser`.
import { describe } from 'vitest';
import type { Served } from '../../scripts/chromium.mjs';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Runs `body` once per browser, in a describe block named after the browser. */
export function eachBrowser(body: (name: BrowserName) => void): void {
  describe.each(BROWSERS)('%s', (name) => body(name));
}

/** Text to match: exact (after collapsing white space) or a pattern. */
export type TextMatch = string | RegExp;

export interface WaitOptions {
  text?: TextMatch;
  /** Wait until nothing matches. */
  gone?: boolean;
  /** In the DOM is enough (the default asks for a rendered box). */
  attached?: boolean;
  timeout?: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One browser tab: a web page or an extension page. */
export interface Tab {
  /** The WebExtension id of the tab (web pages opened with `openPage`), else -1. */
  readonly tabId: number;
  /** Every request the tab started since it was opened, as `url`. */
  readonly requests: string[];
  /** Uncaught errors of the page's scripts. */
  readonly errors: string[];
  /** Main-frame navigations since the tab was opened (the first load not counted). */
  readonly navigations: string[];
  url: () => Promise<string>;
  evaluate: <R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>;
  /** Evaluates source text in the page (axe, for example); CSP does not apply to the driver. */
  evaluateSource: <R>(source: string) => Promise<R>;
  click: (selector: string, text?: TextMatch) => Promise<void>;
  /** Replaces the value of a text field by typing. */
  fill: (selector: string, value: string) => Promise<void>;
  select: (selector: string, value: string) => Promise<void>;
  press: (key: string) => Promise<void>;
  /** A person's click (a trusted input event) at this point of the viewport. */
  clickAt: (x: number, y: number) => Promise<void>;
  /** A person's mouse drag (press, move, release) between two points of the viewport. */
  drag: (from: { x: number; y: number }, to: { x: number; y: number }) => Promise<void>;
  /** Puts a file with this name and content into a file input. */
  upload: (selector: string, name: string, content: string | Uint8Array) => Promise<void>;
  waitFor: (selector: string, options?: WaitOptions) => Promise<void>;
  text: (selector: string, match?: TextMatch) => Promise<string | null>;
  innerText: (selector: string) => Promise<string>;
  attr: (selector: string, name: string, match?: TextMatch) => Promise<string | null>;
  count: (selector: string, match?: TextMatch) => Promise<number>;
  box: (selector: string) => Promise<Box | null>;
  screenshot: (name: string) => Promise<void>;
  /**
   * Lays the page out for print (or back for the screen), where the browser's protocol can:
   * Chromium's DevTools can, WebDriver BiDi in Firefox has no such command (undefined there).
   */
  emulateMedia?: (media: 'print' | 'screen') => Promise<void>;
  reload: () => Promise<void>;
  front: () => Promise<void>;
  /** Starts watching for the page closing itself; the returned wait resolves once it did. */
  watchClose: () => Promise<(timeout?: number) => Promise<void>>;
  close: () => Promise<void>;
}

/** Whether a node's class attribute (a flat name, value, ... list) has `name`. */
function hasClass(attributes: string[] | undefined, name: string): boolean {
  const flat = attributes ?? [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    if (flat[i] === 'class' && (flat[i + 1] ?? '').split(/\s+/).includes(name)) return true;
  return false;
}

/**
 * The reader's host in a protocol DOM tree: whatever element it is (a plain element the page
 * cannot define), the one whose shadow root holds `.ringkas-root`.
 */
export function findReaderHost<
  T extends { attributes?: string[]; children?: T[]; shadowRoots?: T[] },
>(node: T): T | null {
  if (
    node.shadowRoots?.some((root) =>
      root.children?.some((c) => hasClass(c.attributes, 'ringkas-root')),
    )
  )
    return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findReaderHost(child);
    if (found) return found;
  }
  return null;
}

/** A function called on the reader's closed shadow root: `this` is the root. */
export interface ShadowHandle {
  call: <T>(fn: string, ...args: unknown[]) => Promise<T>;
}

export interface ElementSummary {
  tag: string;
  ns: string | null;
  attributes: { name: string; value: string }[];
}

export interface Driver {
  readonly name: BrowserName;
  readonly server: Served;
  extensionUrl: (path: string) => string;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  readonly extensionOrigin: string;
  openExtensionPage: (path: string, viewport?: { width: number; height: number }) => Promise<Tab>;
  /** Opens a web page (or a browser page) in a new tab, in front; by default after its load. */
  openPage: (
    url: string,
    options?: { loaded?: boolean; viewport?: { width: number; height: number } },
  ) => Promise<Tab>;
  /** The popup for a tab, in a tab of its own (see ../shared/docs/TOOLCHAIN.md). */
  openPopup: (tabId: number, query?: string) => Promise<Tab>;
  /** Runs `fn` in an extension context, with the `chrome` namespace of the browser. */
  ext: <R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>;
  /** Runs the handler the keyboard shortcut runs (headless browsers have no accelerators). */
  runCommand: (command: string) => Promise<void>;
  /** The reader's closed shadow root in a tab, or null. */
  readerShadow: (tab: Tab) => Promise<ShadowHandle | null>;
  /** The elements inside the reader's `.article-content`, read from outside the page's world. */
  readerElements: (tab: Tab) => Promise<ElementSummary[] | null>;
  /** Runs `trigger` and resolves with the text of the file it made the browser download. */
  download: (trigger: () => Promise<void>) => Promise<string>;
  /** The same, as the file's bytes (a zip, an EPUB). */
  downloadBytes: (trigger: () => Promise<void>) => Promise<Buffer>;
  close: () => Promise<void>;
}

/** Waits until `check` resolves truthy; `what` names the condition in the error. */
export async function until<T>(
  check: () => Promise<T>,
  what: string,
  timeout = 15_000,
): Promise<Exclude<T, null | undefined | false | 0 | ''>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value as Exclude<T, null | undefined | false | 0 | ''>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface QueryArgs {
  selector: string;
  match?: { source: string; flags: string } | { exact: string };
  action: 'count' | 'visible' | 'text' | 'innerText' | 'attr' | 'box' | 'mark';
  name?: string;
}

export function toQuery(
  selector: string,
  action: QueryArgs['action'],
  match?: TextMatch,
  name?: string,
): QueryArgs {
  return {
    selector,
    action,
    name,
    match:
      match === undefined
        ? undefined
        : typeof match === 'string'
          ? { exact: match }
          : { source: match.source, flags: match.flags },
  };
}

/**
 * Runs in the page (serialised by the driver: it may use only its argument). Elements match
 * `selector` and, with `match`, their text or aria-label (white space collapsed).
 */
export function pageQuery(args: QueryArgs): unknown {
  const all = [...document.querySelectorAll(args.selector)].filter((el) => {
    const m = args.match;
    if (!m) return true;
    const texts = [
      (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      el.getAttribute('aria-label') ?? '',
    ];
    return 'exact' in m
      ? texts.includes(m.exact)
      : texts.some((t) => new RegExp(m.source, m.flags).test(t));
  });
  const first = all[0];
  switch (args.action) {
    case 'count':
      return all.length;
    case 'visible':
      return all.filter((el) => el.getClientRects().length > 0).length;
    case 'text':
      return first ? first.textContent : null;
    case 'innerText':
      return first instanceof HTMLElement ? first.innerText : null;
    case 'attr':
      return first ? first.getAttribute(args.name ?? '') : null;
    case 'box': {
      if (!first) return null;
      const r = first.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    case 'mark': {
      const target = all.find((el) => el.getClientRects().length > 0) ?? first;
      if (!target) return null;
      const mark = String(Math.random()).slice(2);
      target.setAttribute('data-e2e-target', mark);
      return `[data-e2e-target="${mark}"]`;
    }
  }
}

/** The parts of a Tab that are the same in every browser, over its `evaluate`. */
export function queries(evaluate: Tab['evaluate']) {
  const run = <R>(args: QueryArgs) => evaluate(pageQuery, args) as Promise<R>;
  return {
    async mark(selector: string, text?: TextMatch): Promise<string> {
      return until(
        () => run<string | null>(toQuery(selector, 'mark', text)),
        `${selector}${text ? ` "${String(text)}"` : ''} to click`,
      );
    },
    async waitFor(selector: string, options: WaitOptions = {}) {
      const action = options.attached || options.gone ? 'count' : 'visible';
      await until(
        async () => {
          const n = await run<number>(toQuery(selector, action, options.text));
          return options.gone ? n === 0 : n > 0;
        },
        `${selector}${options.text ? ` "${String(options.text)}"` : ''} ${options.gone ? 'to go' : 'to show'}`,
        options.timeout,
      );
    },
    text: (selector: string, match?: TextMatch) =>
      run<string | null>(toQuery(selector, 'text', match)),
    innerText: async (selector: string) =>
      (await run<string | null>(toQuery(selector, 'innerText'))) ?? '',
    attr: (selector: string, name: string, match?: TextMatch) =>
      run<string | null>(toQuery(selector, 'attr', match, name)),
    count: (selector: string, match?: TextMatch) => run<number>(toQuery(selector, 'count', match)),
    box: (selector: string) => run<Box | null>(toQuery(selector, 'box')),
  };
}
