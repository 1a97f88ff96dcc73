// readTab decides what the reader sees from the browser's answers; a fake browser stands in.
import { describe, expect, it } from 'vitest';
import { readTab, type TabApi } from '../../../src/platform/read-tab';

function fakeApi(url: string | undefined, inject: () => Promise<unknown>): TabApi {
  return {
    tabs: { get: async () => ({ url }) },
    scripting: {
      executeScript: async (details: { files?: string[] }) =>
        details.files ? [{ result: await inject() }] : [{ result: null }],
    },
  } as unknown as TabApi;
}

const article = {
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  title: 'A',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  wordCount: 300,
  readingMinutes: 2,
  html: '<p>x</p>',
  text: 'x',
  removed: [],
};
const digest = {
  lang: 'en',
  sentences: ['x'],
  summary: [],
  facts: { people: [], places: [], organizations: [], dates: [], numbers: [], quotes: [], top: [] },
};

describe('readTab', () => {
  it('hands back a well-formed reading', async () => {
    const reading = await readTab(
      1,
      fakeApi('https://news.example/a', async () => ({ ok: true, article, digest, ms: 12 })),
    );
    expect(reading).toMatchObject({ ok: true, tabId: 1, article: { title: 'A' } });
  });
  it('does not inject into pages the browser forbids', async () => {
    let injected = false;
    const reading = await readTab(
      1,
      fakeApi('chrome://settings', async () => (injected = true)),
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
    );
    expect(reading).toMatchObject({ ok: false, reason: 'forbidden' });
  });
  it('says a PDF is not a web page when the viewer refuses the script', async () => {
    const reading = await readTab(
      1,
      fakeApi('https://example.com/report.pdf', async () =>
        Promise.reject(new Error('Frame with ID 0 is showing error page')),
      ),
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
      fakeApi('https://example.com/', async () => ({ ok: true, article: { title: 1 } })),
    );
    expect(reading).toMatchObject({ ok: false, reason: 'error' });
  });
  it('gives up on a page that does not answer, with a reason', async () => {
    const reading = await readTab(
      1,
      fakeApi('https://example.com/', () => new Promise(() => undefined)),
      {},
      50,
    );
    expect(reading).toMatchObject({ ok: false, reason: 'timeout' });
  });
});
