// The reading experience end to end: facts in the popup that lead to their sentences, the
// in-page reader (from the popup and from the shortcut), settings that last, sites that open
// in reading mode by themselves, Indonesian UI, screenshots and accessibility.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { waitForReader, type ShadowHandle } from './shadow';
import { axePage, axeReader } from './axe';

let harness: Harness;
let seedUrl: string;
beforeAll(async () => {
  harness = await launch();
  seedUrl = `${harness.server.url}/seed-page.html`;
});
afterAll(async () => {
  await harness?.close();
});

async function setSettings(values: Record<string, unknown>) {
  await harness.worker.evaluate(async (next) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...next } });
  }, values);
}

async function openReaderByShortcut(page: Page): Promise<ShadowHandle> {
  await page.bringToFront();
  await harness.worker.evaluate(() =>
    (
      globalThis as unknown as { ringkasCommands: { runCommand: (c: string) => Promise<void> } }
    ).ringkasCommands.runCommand('toggle-reader'),
  );
  const shadow = await waitForReader(page);
  if (!shadow) throw new Error('no reader');
  return shadow;
}

describe('popup facts card', () => {
  it('shows the facts above the article and a fact click highlights its sentence', async () => {
    await setSettings({ theme: 'light', uiLanguage: 'en' });
    const { tabId } = await harness.openTab(seedUrl);
    const popup = await harness.openPopup(tabId);
    await popup.locator('[data-state="article"]').waitFor();
    const card = popup.getByTestId('facts-card');
    await expect(card.getByRole('heading', { name: 'Key facts' }).isVisible()).resolves.toBe(true);
    const cardBox = await card.boundingBox();
    const bodyBox = await popup.locator('.article-content').boundingBox();
    expect(cardBox && bodyBox && cardBox.y < bodyBox.y).toBe(true);
    const top = card.locator('.facts-groups').first();
    await expect(top.locator('.facts-person').textContent()).resolves.toContain('Sufrianor');
    await expect(top.locator('.facts-quote .fact').count()).resolves.toBeGreaterThan(0);
    await harness.screenshot(popup, 'popup-light');

    const person = top.locator('.facts-person button', { hasText: 'Amirullah' });
    const sentence = Number(await person.getAttribute('data-sentence'));
    await person.click();
    const focused = popup.locator('.article-content .sentence-focus');
    await focused.waitFor();
    await expect(
      popup.locator('.article-content').getAttribute('data-focused-sentence'),
    ).resolves.toBe(String(sentence));
    await expect(focused.textContent()).resolves.toContain('Amirullah');
    await expect(
      popup.evaluate(() => document.activeElement?.classList.contains('sentence-focus')),
    ).resolves.toBe(true);

    expect(await axePage(popup)).toEqual([]);
    await setSettings({ theme: 'dark' });
    await popup.reload();
    await popup.locator('[data-state="article"]').waitFor();
    await expect(popup.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(
      'dark',
    );
    expect(await axePage(popup)).toEqual([]);
    await harness.screenshot(popup, 'popup-dark');
    await popup.close();
  });
});

describe('reader in the page', () => {
  it('opens from the popup, closes with Esc and leaves the page as it was', async () => {
    await setSettings({ theme: 'light' });
    const { page, tabId } = await harness.openTab(seedUrl);
    // Chromium's autofill agent writes an empty style="" on form fields when a tab regains focus;
    // that is the browser's doing, not ours, so the comparison folds it away.
    const markup = () =>
      // Reading the page's markup to compare it, never to insert it anywhere.
      // eslint-disable-next-line no-restricted-properties
      page.evaluate(() => document.documentElement.outerHTML.replace(/ style=""/g, ''));
    const before = await markup();
    const popup = await harness.openPopup(tabId);
    await popup.locator('[data-state="article"]').waitFor();
    await Promise.all([
      popup.waitForEvent('close'),
      popup.getByRole('button', { name: 'Read in page' }).click(),
    ]);
    const shadow = await waitForReader(page);
    expect(shadow).not.toBeNull();
    const title = await shadow!.call<string>(
      'function () { return this.querySelector("h1.article-title").textContent; }',
    );
    expect(title).toBe('Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak');
    await expect(
      page.evaluate(() => getComputedStyle(document.documentElement).overflow),
    ).resolves.toBe('hidden');
    expect(await axeReader(page, shadow!)).toEqual([]);
    await harness.screenshot(page, 'reader-light');
    await page.keyboard.press('Escape');
    await waitForReader(page, false);
    await expect(markup()).resolves.toBe(before);
    await page.close();
  });

  it('opens by the shortcut, and a theme chosen there is still applied after a reload', async () => {
    const { page } = await harness.openTab(seedUrl);
    let shadow = await openReaderByShortcut(page);
    await shadow.call(
      'function () { [...this.querySelectorAll("button")].find((b) => b.textContent === "Appearance").click(); }',
    );
    await shadow.call('function () { this.querySelector("[data-theme-choice=dark]").click(); }');
    await expect(
      shadow.call('function () { return this.querySelector(".ringkas-root").dataset.theme; }'),
    ).resolves.toBe('dark');
    await page.waitForTimeout(300);
    await page.reload();
    shadow = await openReaderByShortcut(page);
    await expect(
      shadow.call('function () { return this.querySelector(".ringkas-root").dataset.theme; }'),
    ).resolves.toBe('dark');
    await expect(
      shadow.call(
        'function () { return getComputedStyle(this.querySelector(".ringkas-root")).backgroundColor; }',
      ),
    ).resolves.toBe('rgb(28, 27, 26)');
    expect(await axeReader(page, shadow)).toEqual([]);
    await harness.screenshot(page, 'reader-dark');
    // The shortcut toggles: pressed again, it closes the reader.
    await harness.worker.evaluate(() =>
      (
        globalThis as unknown as { ringkasCommands: { runCommand: (c: string) => Promise<void> } }
      ).ringkasCommands.runCommand('toggle-reader'),
    );
    await waitForReader(page, false);
    await page.close();
  });

  it('declares the shortcut for the browser to bind (the reader can change it)', async () => {
    const commands = await harness.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-reader')?.description).toBe(
      'Open or close the reading view',
    );
    const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.['toggle-reader']?.suggested_key).toEqual({ default: 'Alt+Shift+R' });
  });
});

describe('options', () => {
  it('adds a site that then opens in reading mode by itself, and removes it again', async () => {
    await setSettings({ theme: 'light', autoSites: [] });
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('options.html'));
    await options.getByRole('heading', { name: 'Ringkas settings' }).waitFor();
    expect(await axePage(options)).toEqual([]);
    await options.getByLabel('Site address').fill(harness.server.url);
    await options.getByRole('button', { name: 'Add site' }).click();
    await options
      .getByRole('list', { name: 'Sites that open in reading mode' })
      .getByText(harness.server.url)
      .waitFor();
    await expect
      .poll(() =>
        harness.worker.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches).flat(),
        ),
      )
      .toEqual(['http://127.0.0.1/*']);

    const { page } = await harness.openTab(seedUrl);
    const shadow = await waitForReader(page);
    expect(shadow).not.toBeNull();
    // A page of that site that is not an article stays as it is.
    const { page: signIn } = await harness.openTab(`${harness.server.url}/not-article.html`);
    await signIn.waitForTimeout(1500);
    await expect(waitForReader(signIn, true, 500)).rejects.toThrow();

    await options.bringToFront();
    await options.getByRole('button', { name: `Remove ${harness.server.url}` }).click();
    await options.getByText('No sites yet.').waitFor();
    await expect
      .poll(() =>
        harness.worker.evaluate(
          async () => (await chrome.scripting.getRegisteredContentScripts()).length,
        ),
      )
      .toBe(0);
    await Promise.all([page.close(), signIn.close()]);
    await setSettings({ theme: 'dark' });
    await options.reload();
    await options.getByRole('heading', { name: 'Ringkas settings' }).waitFor();
    expect(await axePage(options)).toEqual([]);
    await options.close();
  });

  it('switches everything the reader reads to Indonesian', async () => {
    await setSettings({ theme: 'light', uiLanguage: 'en' });
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('options.html'));
    await options.getByLabel('Language of Ringkas').selectOption('id');
    await options.getByRole('heading', { name: 'Pengaturan Ringkas' }).waitFor();
    const { tabId } = await harness.openTab(seedUrl);
    const popup = await harness.openPopup(tabId);
    await popup.locator('[data-state="article"]').waitFor();
    await expect(popup.getByRole('heading', { name: 'Fakta kunci' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      popup.getByRole('button', { name: 'Simpan ke pustaka' }).isVisible(),
    ).resolves.toBe(true);
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe('id');
    await harness.screenshot(popup, 'popup-indonesian');
    await setSettings({ uiLanguage: '' });
    await Promise.all([popup.close(), options.close()]);
  });
});
