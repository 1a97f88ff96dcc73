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
