// The in-page reader renders into a closed shadow root, which no page script can reach. Each
// driver reaches it by its browser's means (the DevTools protocol in Chromium, the content-script
// world's openOrClosedShadowRoot in Firefox) and calls functions on it (plain source strings,
// `this` being the root).
import { until, type Driver, type ShadowHandle, type Tab } from './driver';

export type { ShadowHandle } from './driver';

/** Waits until the reader is open (or closed, with `open` false). */
export async function waitForReader(
  driver: Driver,
  tab: Tab,
  open = true,
  timeout = 15_000,
): Promise<ShadowHandle | null> {
  let last: ShadowHandle | null = null;
  await until(
    async () => {
      last = await driver.readerShadow(tab);
      const ready = last
        ? await last.call<boolean>('function () { return !!this.querySelector(".reader"); }')
        : false;
      return ready === open;
    },
    `the reader to ${open ? 'open' : 'close'}`,
    timeout,
  );
  return last;
}

/**
 * A person's click (a trusted input event) on the first reader element matching `selector`
 * (and, when given, with exactly this text). The reader ignores untrusted clicks, such as
 * `element.click()` from a script (issue 13, item 8).
 */
export async function clickInReader(
  tab: Tab,
  shadow: ShadowHandle,
  selector: string,
  text?: string,
): Promise<void> {
  const point = await shadow.call<{ x: number; y: number } | null>(
    `function (selector, text) {
      const el = [...this.querySelectorAll(selector)].find(
        (e) => text === null || e.textContent.trim() === text,
      );
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`,
    selector,
    text ?? null,
  );
  if (!point) throw new Error(`nothing in the reader matches ${selector} ${text ?? ''}`);
  await tab.clickAt(point.x, point.y);
}
