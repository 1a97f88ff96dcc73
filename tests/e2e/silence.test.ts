// Silence on the network: through a whole session (read a page, save it, open the library,
// export), Chromium's own network log shows no request but the article page and its image.
// The net log sees everything the browser fetches, with the origin that started each request,
// the service worker's requests included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Harness } from './harness';

let harness: Harness;
const netLog = join(mkdtempSync(join(tmpdir(), 'ringkas-netlog-')), 'net-log.json');
beforeAll(async () => {
  harness = await launch({
    extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
  });
});
afterAll(async () => {
  await harness?.close();
});

interface Request {
  url: string;
  initiator: string;
}

/** Every request the browser started, with the origin that started it ("not an origin" for
 * the browser's own). Chromium may leave the log unterminated when it is killed. */
function requests(log: string): Request[] {
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

describe('network silence', () => {
  it('sends nothing anywhere but the article page and its own images', async () => {
    const { page, tabId } = await harness.openTab(`${harness.server.url}/silent-article.html`);
    const popup = await harness.openPopup(tabId);
    await popup.locator('[data-state="article"]').waitFor();
    await popup.locator('.article-content img').first().waitFor();
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await popup.getByText('Saved to your library.').waitFor();
    const library = await harness.context.newPage();
    await library.goto(harness.extensionUrl('library.html'));
    await library
      .getByRole('list', { name: 'Saved articles' })
      .locator('li.item')
      .first()
      .waitFor();
    await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export all' }).click(),
    ]);
    await Promise.all([popup.close(), library.close(), page.close()]);
    await harness.context.close();

    const all = requests(readFileSync(netLog, 'utf8'));
    const base = harness.server.url;
    const ours = `chrome-extension://${harness.extensionId}`;
    // What the extension's pages and its service worker fetched: the article's image, shown in
    // the popup, and nothing else.
    expect([...new Set(all.filter((r) => r.initiator === ours).map((r) => r.url))]).toEqual([
      `${base}/images/photo.png`,
    ]);
    // What was fetched from the page's side (its own image and icon); a content script's request
    // would show here too.
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
