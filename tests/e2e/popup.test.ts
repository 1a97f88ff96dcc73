// The popup reads a real page in a real browser: what a reader sees, state by state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch, type Harness } from './harness';

const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-expected.json'), 'utf8')) as {
  title: string;
  siteName: string;
  paragraphs: string[];
  clutter: string[];
};

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('popup on the seed article', () => {
  it('shows the title, site, date and every paragraph, and none of the clutter', async () => {
    const { tabId } = await harness.openTab(`${harness.server.url}/seed-page.html`);
    const popup = await harness.openPopup(tabId);
    await popup.locator('[data-state="article"]').waitFor();
    await expect(popup.locator('h1.article-title').textContent()).resolves.toBe(expected.title);
    await expect(popup.locator('.article-site').textContent()).resolves.toBe(expected.siteName);
    await expect(popup.locator('time.article-date').getAttribute('datetime')).resolves.toMatch(
      /^2025-12-01/,
    );
    const body = (await popup.locator('.article-content').innerText()).replace(/\s+/g, ' ');
    for (const paragraph of expected.paragraphs)
      expect(body).toContain(paragraph.replace(/\s+/g, ' '));
    for (const clutter of expected.clutter) expect(body).not.toContain(clutter);
    // Sanitised at the sink: no script, no inline handler, every link opens outside the popup.
    const unsafe = await popup.evaluate(() => ({
      scripts: document.querySelectorAll(
        '.article-content script, .article-content iframe, .article-content form',
      ).length,
      handlers: [...document.querySelectorAll('.article-content *')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      links: [...document.querySelectorAll('.article-content a[href]')].filter(
        (a) => a.getAttribute('target') !== '_blank',
      ).length,
    }));
    expect(unsafe).toEqual({ scripts: 0, handlers: 0, links: 0 });
    await harness.screenshot(popup, 'popup-seed');
    await popup.close();
  });
});

describe('popup states', () => {
  it('says there is no article on a sign-in page', async () => {
    const { tabId } = await harness.openTab(`${harness.server.url}/not-article.html`);
    const popup = await harness.openPopup(tabId);
    const state = popup.locator('[data-state="not-article"]');
    await state.waitFor();
    await expect(state.locator('h1').textContent()).resolves.toBe('No article on this page');
    await harness.screenshot(popup, 'popup-not-article');
    await popup.close();
  });

  it('says the browser does not let extensions read a chrome:// page', async () => {
    const { tabId } = await harness.openTab('chrome://version');
    const popup = await harness.openPopup(tabId);
    const state = popup.locator('[data-state="forbidden"]');
    await state.waitFor();
    await expect(state.locator('h1').textContent()).resolves.toBe(
      'The browser does not let extensions read this page',
    );
    await harness.screenshot(popup, 'popup-forbidden');
    await popup.close();
  });

  it('offers a retry when reading fails, and the retry reads again', async () => {
    const popup = await harness.openPopup(987654321);
    const state = popup.locator('[data-state="error"]');
    await state.waitFor();
    await expect(state.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
    await state.getByRole('button', { name: 'Try again' }).click();
    await popup.locator('[data-state="error"]').waitFor();
    await harness.screenshot(popup, 'popup-error');
    await popup.close();
  });

  it('shows a spinner while reading', async () => {
    const { tabId } = await harness.openTab(`${harness.server.url}/seed-page.html`);
    const popup = await harness.context.newPage();
    // Hold the injection back so the first paint is observable.
    await popup.addInitScript(() => {
      const original = chrome.scripting.executeScript.bind(chrome.scripting);
      (chrome.scripting as { executeScript: unknown }).executeScript = (
        ...args: Parameters<typeof original>
      ) => new Promise((done) => setTimeout(() => done(original(...args)), 1500));
    });
    await popup.goto(harness.extensionUrl(`popup.html?tab=${tabId}`));
    await expect(popup.getByRole('status').textContent()).resolves.toContain('Reading the page');
    await popup.locator('[data-state="article"]').waitFor();
    await popup.close();
  });
});
