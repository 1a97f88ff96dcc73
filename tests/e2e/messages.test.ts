// Forged and malformed messages are refused, by shape and by sender, in the real browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachBrowser, launch, type Driver } from './harness';

eachBrowser((name) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch(name);
  });
  afterAll(async () => {
    await d?.close();
  });

  const tabCount = () => d.ext(async () => (await chrome.tabs.query({})).length);

  describe('messages to the background', () => {
    it('refuses malformed messages from an extension page', async () => {
      const page = await d.openExtensionPage('options.html');
      const answers = await page.evaluate(async () => {
        const send = (message: unknown) =>
          chrome.runtime.sendMessage(message).catch((error: Error) => ({ thrown: error.message }));
        return Promise.all([
          send({ type: 'library:open' }),
          send({ type: 'library:open', payload: { url: 'https://evil.example/' } }),
          send({ type: 'nope', payload: {} }),
          send({ type: 'constructor', payload: {} }),
          send('library:open'),
          send(null),
          send({ type: 'tab:save', payload: {} }),
        ]);
      });
      expect(answers).toEqual([
        { ok: false, error: 'bad payload for "library:open"' },
        { ok: false, error: 'bad payload for "library:open"' },
        { ok: false, error: 'unknown message type' },
        { ok: false, error: 'unknown message type' },
        { ok: false, error: 'not a message' },
        { ok: false, error: 'not a message' },
        { ok: false, error: '"tab:save" is not accepted from extension-page' },
      ]);
      await page.close();
    });

    it('refuses privileged messages from a content script', async () => {
      const tab = await d.openPage(`${d.server.url}/seed-page.html`);
      const before = await tabCount();
      const [injection] = await d.ext(
        (id: number) =>
          chrome.scripting.executeScript({
            target: { tabId: id },
            func: async () => {
              const send = (message: unknown) =>
                chrome.runtime
                  .sendMessage(message)
                  .catch((error: Error) => ({ thrown: error.message }));
              return Promise.all([
                send({ type: 'library:open', payload: {} }),
                send({
                  type: 'tab:save',
                  payload: { article: { html: '<img onerror=alert(1)>' } },
                }),
              ]);
            },
          }),
        tab.tabId,
      );
      expect(injection?.result).toEqual([
        { ok: false, error: '"library:open" is not accepted from content-script' },
        { ok: false, error: 'bad payload for "tab:save"' },
      ]);
      await expect(tabCount()).resolves.toBe(before);
      await tab.close();
    });

    it('is out of reach of the page itself', async () => {
      const tab = await d.openPage(`${d.server.url}/seed-page.html`);
      await expect(
        tab.evaluate(
          () =>
            typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
              ?.runtime?.sendMessage,
        ),
      ).resolves.toBe('undefined');
      await tab.close();
    });
  });
});
