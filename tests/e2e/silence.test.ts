// Silence on the network: through a whole session (read a page, save it, open the library,
// export), the browser fetches nothing but the article page and its image.
// Chromium: its own network log sees everything the browser fetches, with the origin that
// started each request, the service worker's requests included.
// Firefox: every request goes through a recording proxy (loopback included), so whatever the
// extension's pages, background or content scripts might fetch would pass it; BiDi's network
// events name what the extension's pages themselves fetched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eachBrowser, launch, type Driver, type Tab } from './harness';
import { recordingProxy, type RecordingProxy } from './proxy';

interface Request {
  url: string;
  initiator: string;
}

/** Every request Chromium started, with the origin that started it ("not an origin" for the
 * browser's own). Chromium may leave the log unterminated when it is killed. */
function netLogRequests(log: string): Request[] {
  let parsed: {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: Record<string, string> }[];
  };
  try {
    parsed = JSON.parse(log);
  } catch {
    parsed = JSON.parse(`${log.trimEnd().replace(/,$/, '')}]}`);
  }
  const startJob = parsed.constants.logEventTypes.URL_REQUEST_START_JOB;
  return parsed.events
    .filter((event) => event.type === startJob && event.params?.url)
    .map((event) => ({ url: event.params?.url ?? '', initiator: event.params?.initiator ?? '' }))
    .filter((request) => /^(https?|wss?|ftp):/i.test(request.url));
}

eachBrowser((name) => {
  let d: Driver;
  let proxy: RecordingProxy | undefined;
  const netLog = join(mkdtempSync(join(tmpdir(), 'ringkas-netlog-')), 'net-log.json');
  beforeAll(async () => {
    if (name === 'firefox') {
      proxy = await recordingProxy();
      d = await launch(name, { firefoxPrefs: proxy.prefs });
    } else {
      d = await launch(name, {
        chromiumArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
      });
    }
  });
  afterAll(async () => {
    await proxy?.close();
  });

  /** The session; returns the extension pages it opened, with their request logs. */
  async function session(): Promise<Tab[]> {
    const tab = await d.openPage(`${d.server.url}/silent-article.html`);
    const popup = await d.openPopup(tab.tabId);
    await popup.waitFor('[data-state="article"]');
    await popup.waitFor('.article-content img');
    await popup.click('button', 'Save to library');
    await popup.waitFor('*', { text: 'Saved to your library.' });
    const library = await d.openExtensionPage('library.html');
    await library.waitFor('ul.items li.item');
    await d.download(() => library.click('button', 'Export all'));
    await Promise.all([popup.close(), library.close(), tab.close()]);
    return [popup, library];
  }

  describe('network silence', () => {
    it('sends nothing anywhere but the article page and its own images', async () => {
      const pages = await session();
      const base = d.server.url;
      const ours = d.extensionOrigin;
      await d.close();
      // What the extension's pages fetched from the web: the article's image, shown in the
      // popup, and nothing else.
      const fromPages = pages.flatMap((p) => p.requests).filter((u) => !u.startsWith(ours));
      expect([...new Set(fromPages)].filter((u) => u !== `${base}/images/photo.png`)).toEqual([]);

      if (name === 'firefox') {
        const all = proxy!.requests.map((r) =>
          r.method === 'CONNECT' ? `CONNECT ${r.url}` : r.url,
        );
        // Everything the browser fetched: the page, its image and its icon, and nothing at all
        // from any other host (no tunnel either).
        expect(all.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
        expect(all).toContain(`${base}/silent-article.html`);
        expect(
          [...new Set(all)].filter(
            (u) =>
              ![
                `${base}/silent-article.html`,
                `${base}/images/photo.png`,
                `${base}/favicon.ico`,
              ].includes(u),
          ),
        ).toEqual([]);
        // The page was fetched once: nothing of ours fetched it again behind the reader's back.
        expect(all.filter((u) => u === `${base}/silent-article.html`)).toHaveLength(1);
        return;
      }

      const all = netLogRequests(readFileSync(netLog, 'utf8'));
      // What the extension's pages and its service worker fetched: the article's image.
      expect([...new Set(all.filter((r) => r.initiator === ours).map((r) => r.url))]).toEqual([
        `${base}/images/photo.png`,
      ]);
      // What was fetched from the page's side (its own image and icon); a content script's
      // request would show here too.
      const fromPage = new Set(all.filter((r) => r.initiator === base).map((r) => r.url));
      expect([...fromPage].sort()).toEqual([`${base}/favicon.ico`, `${base}/images/photo.png`]);
      // Nothing was started by any other origin. The browser's own requests (initiator "not an
      // origin": the page navigation, Chromium's sign-in check and component updater) are not
      // the extension's doing.
      expect(
        all.filter(
          (r) => r.initiator !== ours && r.initiator !== base && r.initiator !== 'not an origin',
        ),
      ).toEqual([]);
      expect(
        all
          .filter((r) => r.initiator === 'not an origin' && r.url.startsWith(base))
          .map((r) => r.url),
      ).toEqual([`${base}/silent-article.html`]);
    });
  });
});
