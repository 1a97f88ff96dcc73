// Silence on the network: through a whole session (read a page, save it, open the library,
// export, read an article split over three pages), the browser fetches nothing but the article
// page and its image, and the paged article's own pages (issue 12: from the tab, same origin).
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

/** The query-string set of tests/fixtures/paged: no resource of its own, pages 2 and 3. */
const PAGED = 'paged/query/article.html';

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
    // An article split over three pages: the tab fetches its pages 2 and 3, and nothing else.
    const paged = await d.openPage(`${d.server.url}/${PAGED}`);
    const pagedPopup = await d.openPopup(paged.tabId);
    await pagedPopup.waitFor('.pages-status[data-pages="done"]', { attached: true });
    expect(await pagedPopup.text('.pages-status')).toBe('3 pages joined');
    await Promise.all([
      popup.close(),
      library.close(),
      tab.close(),
      pagedPopup.close(),
      paged.close(),
    ]);
    return [popup, library, pagedPopup];
  }

  describe('network silence', () => {
    it('sends nothing anywhere but the article page and its own images', async () => {
      const pages = await session();
      const base = d.server.url;
      const ours = d.extensionOrigin;
      await d.close();
      const pagedPages = [`${base}/${PAGED}?page=2`, `${base}/${PAGED}?page=3`];
      // What the extension's pages fetched from the web: the article's image, shown in the
      // popup, and nothing else.
      const fromPages = pages.flatMap((p) => p.requests).filter((u) => !u.startsWith(ours));
      expect([...new Set(fromPages)].filter((u) => u !== `${base}/images/photo.png`)).toEqual([]);

      if (name === 'firefox') {
        const all = proxy!.requests.map((r) =>
          r.method === 'CONNECT' ? `CONNECT ${r.url}` : r.url,
        );
        // Everything the browser fetched: the pages, the image and the icon, and nothing at all
        // from any other host (no tunnel either).
        expect(all.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
        expect(all).toContain(`${base}/silent-article.html`);
        for (const url of pagedPages) expect(all).toContain(url);
        expect(
          [...new Set(all)].filter(
            (u) =>
              ![
                `${base}/silent-article.html`,
                `${base}/images/photo.png`,
                `${base}/favicon.ico`,
                `${base}/${PAGED}`,
                ...pagedPages,
              ].includes(u),
          ),
        ).toEqual([]);
        // Each page was fetched once: nothing of ours fetched it again behind the reader's back.
        for (const url of [`${base}/silent-article.html`, `${base}/${PAGED}`, ...pagedPages])
          expect(all.filter((u) => u === url)).toHaveLength(1);
        return;
      }

      const all = netLogRequests(readFileSync(netLog, 'utf8'));
      // What the extension's pages and its service worker fetched: the article's image.
      expect([...new Set(all.filter((r) => r.initiator === ours).map((r) => r.url))]).toEqual([
        `${base}/images/photo.png`,
      ]);
      // What was fetched from the page's side (its own image and icon, the paged article's
      // further pages, fetched by content/pages.js in the tab, once each).
      const fromPageAll = all.filter((r) => r.initiator === base).map((r) => r.url);
      const fromPage = new Set(fromPageAll);
      expect([...fromPage].sort()).toEqual(
        [`${base}/favicon.ico`, `${base}/images/photo.png`, ...pagedPages].sort(),
      );
      for (const url of pagedPages) expect(fromPageAll.filter((u) => u === url)).toHaveLength(1);
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
      ).toEqual([`${base}/silent-article.html`, `${base}/${PAGED}`]);
    });
  });
});
