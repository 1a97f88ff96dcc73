// readTab decides what the reader sees from the browser's answers; a fake browser stands in.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTab, type TabApi } from '../../../src/platform/read-tab';
import type { ParseHtml } from '../../../src/core/read-markup';

function fakeApi(url: string | undefined, inject: () => Promise<unknown>): TabApi {
  return {
    tabs: { get: async () => ({ url }) },
    scripting: {
      executeScript: async (details: { files?: string[] }) =>
        details.files ? [{ result: await inject() }] : [{ result: null }],
    },
  } as unknown as TabApi;
}

const parse: ParseHtml = (markup) => parseHTML(markup).document as unknown as Document;
const seed = readFileSync(resolve(import.meta.dirname, '../../fixtures/seed-page.html'), 'utf8');
const seedUrl =
  'https://habarterkini.net/2025/12/01/pemkab-balangan-pelajari-zona-integritas-di-rsud-ssma-pontianak/';

describe('readTab', () => {
  it("extracts the article from the page's markup", async () => {
    const reading = await readTab(
      1,
      fakeApi(seedUrl, async () => ({ ok: true, markup: seed, url: seedUrl, doneAt: 1 })),
      parse,
    );
    expect(reading).toMatchObject({ ok: true, tabId: 1, article: { lang: 'id' } });
    if (reading.ok) expect(reading.article.text).toContain('Sufrianor');
  });
  it('does not inject into pages the browser forbids', async () => {
    let injected = false;
    const reading = await readTab(
      1,
      fakeApi('chrome://settings', async () => (injected = true)),
      parse,
    );
    expect(reading).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(injected).toBe(false);
  });
  it('turns the browser refusing the injection into "forbidden"', async () => {
    const reading = await readTab(
      1,
      fakeApi(undefined, async () =>
        Promise.reject(new Error('Cannot access contents of the page.')),
      ),
      parse,
    );
    expect(reading).toMatchObject({ ok: false, reason: 'forbidden' });
  });
  it('says a PDF is not a web page when the viewer refuses the script', async () => {
    const reading = await readTab(
      1,
      fakeApi('https://example.com/report.pdf', async () =>
        Promise.reject(new Error('Frame with ID 0 is showing error page')),
      ),
      parse,
    );
    expect(reading).toMatchObject({ ok: false, reason: 'not-html' });
  });
  it("passes the read script's own reasons on", async () => {
    const reading = await readTab(
      1,
      fakeApi('https://example.com/', async () => ({
        ok: false,
        reason: 'too-large',
        message: 'This page is too large to read.',
      })),
      parse,
    );
    expect(reading).toEqual({
      ok: false,
      reason: 'too-large',
      detail: 'This page is too large to read.',
    });
  });
  it('refuses an answer of the wrong shape', async () => {
    const reading = await readTab(
      1,
      fakeApi('https://example.com/', async () => ({ ok: true, markup: 1 })),
      parse,
    );
    expect(reading).toMatchObject({ ok: false, reason: 'error' });
  });
  it('gives up on a page that does not answer, with a reason', async () => {
    const reading = await readTab(
      1,
      fakeApi('https://example.com/', () => new Promise(() => undefined)),
      parse,
      50,
    );
    expect(reading).toMatchObject({ ok: false, reason: 'timeout' });
  });
});
