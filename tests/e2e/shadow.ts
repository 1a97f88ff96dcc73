// The in-page reader renders into a closed shadow root, which no page script and no Playwright
// locator can reach. The DevTools protocol can: it resolves the shadow root to an object that
// tests call functions on, in the page's main world (the functions are plain source strings).
import type { Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode, name: string): DomNode | null {
  if (node.nodeName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, name);
    if (found) return found;
  }
  return null;
}

export interface ShadowHandle {
  /** Calls `fn` (source of a function taking the shadow root and then `args`) and returns its value. */
  call: <T>(fn: string, ...args: unknown[]) => Promise<T>;
}

/** The reader's shadow root, or null when the reader is not open. */
export async function readerShadow(page: Page): Promise<ShadowHandle | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const host = findHost(root, 'RINGKAS-READER');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) {
    await cdp.detach();
    return null;
  }
  const { object } = (await cdp.send('DOM.resolveNode', {
    backendNodeId: shadow.backendNodeId,
  })) as { object: { objectId: string } };
  return {
    async call<T>(fn: string, ...args: unknown[]) {
      const response = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fn,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      })) as {
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (response.exceptionDetails)
        throw new Error(
          response.exceptionDetails.exception?.description ?? response.exceptionDetails.text,
        );
      return response.result.value;
    },
  };
}

/** Waits until the reader is open (or closed, with `open` false). */
export async function waitForReader(
  page: Page,
  open = true,
  timeout = 15_000,
): Promise<ShadowHandle | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const shadow = await readerShadow(page);
    const ready = shadow
      ? await shadow.call<boolean>('function () { return !!this.querySelector(".reader"); }')
      : false;
    if (ready === open) return shadow;
    if (Date.now() > deadline) throw new Error(`reader did not ${open ? 'open' : 'close'} in time`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
