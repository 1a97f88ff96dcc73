// Issue 13 (hardening, round two): what a hostile page tried against the in-page reader, in a real
// browser. Every click and key a person makes here is a real input event (the DevTools protocol's
// Input domain, so `isTrusted`); everything the page does runs in the page's own world.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, eachBrowser, launch, type Driver, type Tab } from './harness';
import { clickInReader, waitForReader, type ShadowHandle } from './shadow';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SEED = readFileSync(join(FIXTURES, 'seed-page.html'), 'utf8');
const SEED_TITLE = 'Pemkab Balangan Pelajari Zona Integritas di RSUD SSMA Pontianak';
const EN = JSON.parse(
  readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

/** The seed article with a script of the page's own, run before anything of ours. */
function attackPage(script: string, head = ''): string {
  return SEED.replace(/<head>/i, `<head>${head}<script>${script}</script>`);
}

/** The page's way to find the reader's host: the element appended to <html> after the body. */
const FIND_HOST = `function findHost() {
  return [...document.documentElement.children].find((el) => el !== document.head && el !== document.body) ?? null;
}`;

const ATTACKS: Record<string, string> = {
  // Item 1: the page defines the custom element name the reader used, keeps its internals and
  // watches every element added, then tries to read, click and change what is inside.
  internals: attackPage(`
    window.__stolen = [];
    window.__internals = [];
    try {
      customElements.define('ringkas-reader', class extends HTMLElement {
        constructor() { super(); window.__internals.push(this.attachInternals()); }
      });
    } catch (e) { window.__stolen.push('define failed: ' + e); }
    const originalAttach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = originalAttach.call(this, init);
      window.__stolen.push('attachShadow hooked');
      window.__roots = (window.__roots || []).concat(root);
      return root;
    };
    ${FIND_HOST}
    window.__attack = () => {
      const roots = [];
      for (const i of window.__internals) if (i.shadowRoot) roots.push(i.shadowRoot);
      for (const r of window.__roots || []) roots.push(r);
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const root of roots) {
        window.__stolen.push(root.textContent.slice(0, 200));
        const article = root.querySelector('.article-content');
        if (article) article.insertAdjacentHTML('afterbegin', '<p id="page-injected">Injected by the page</p>');
        for (const button of root.querySelectorAll('button')) button.click();
        const dark = root.querySelector('[data-theme-choice=dark]');
        if (dark) dark.click();
      }
      const host = findHost();
      const attributes = host ? [...host.attributes].map((a) => a.name) : [];
      return { roots: roots.length, attributes, tag: host?.localName ?? null };
    };
    window.__messages = 0;
    window.addEventListener('message', () => { window.__messages++; }, true);
  `),
  // Item 4: the page swaps its content and canonical link as soon as the reader shows up.
  swap: attackPage(`
    new MutationObserver(() => {
      if (document.documentElement.children.length <= 2 || window.__swapped) return;
      window.__swapped = true;
      document.title = 'URGENT: verify your bank account';
      const link = document.querySelector('link[rel=canonical]');
      link.setAttribute('href', location.origin + '/attack/other-site-article.html');
      document.body.innerHTML = '<article><h1>URGENT: verify your bank account</h1>' +
        '<p>' + 'Your account is locked. Send your PIN and password to the address below today, or the account will be closed for good and your savings lost. '.repeat(8) + '</p></article>';
    }).observe(document.documentElement, { childList: true });
  `),
  plain: SEED,
  find: SEED,
  escape: SEED,
  styles: SEED,
  moved: SEED,
  transparent: SEED,
  popover: SEED,
  footnotes: SEED.replace(
    /(<p[^>]*>)([^<]{40,})/i,
    '$1$2<sup><a href="#catatan-1">1</a></sup> <a href="https://example.org/elsewhere">elsewhere</a>',
  ).replace(
    /<\/article>/i,
    '<ol class="footnotes"><li id="catatan-1">Catatan kaki: sumber data dari laporan tahunan dinas kesehatan daerah.</li></ol></article>',
  ),
};

eachBrowser((name) => {
  let harness: Driver;
  const urlOf = (name: string) => `${harness.server.url}/attack/${name}.html`;

  beforeAll(async () => {
    const routes: Record<string, () => { type: string; body: string }> = {};
    for (const [name, body] of Object.entries(ATTACKS))
      routes[`/attack/${name}.html`] = () => ({ type: 'text/html; charset=utf-8', body });
    harness = await launch(name, { routes });
    await harness.ext(async () => {
      await chrome.storage.sync.set({ settings: { theme: 'light', uiLanguage: 'en' } });
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function openReader(page: Tab): Promise<ShadowHandle> {
    await page.front();
    await harness.runCommand('toggle-reader');
    const shadow = await waitForReader(harness, page);
    if (!shadow) throw new Error('no reader');
    return shadow;
  }

  /** A person's click (a trusted event) on the reader's button with this text. */
  function clickButton(page: Tab, shadow: ShadowHandle, text: string): Promise<void> {
    return clickInReader(page, shadow, 'button', text);
  }

  /** The saved records of the library whose page URL is `url`. */
  function savedAt(url: string) {
    return harness.ext(
      (wanted) =>
        new Promise<{ title: string; url: string; key: string; html: string }[]>(
          (resolve, reject) => {
            const open = indexedDB.open('ringkas-library');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('articles')) {
                db.close();
                resolve([]);
                return;
              }
              const request = db.transaction('articles').objectStore('articles').getAll();
              request.onsuccess = () => {
                db.close();
                const all = request.result as {
                  title: string;
                  url: string;
                  key: string;
                  html: string;
                }[];
                resolve(
                  all
                    .filter((r) => r.url === wanted)
                    .map(({ title, url, key, html }) => ({ title, url, key, html })),
                );
              };
              request.onerror = () => reject(request.error);
            };
          },
        ),
      url,
    );
  }

  /** The reader's notice, as the reader shows it: its kind (saved, updated, error) or null. */
  function noticeKind(shadow: ShadowHandle) {
    return shadow.call<string | null>(
      'function () { const t = this.querySelector(".toast"); return t ? t.dataset.kind ?? t.className : null; }',
    );
  }

  async function waitForNotice(shadow: ShadowHandle): Promise<string> {
    for (let i = 0; i < 75; i++) {
      const kind = await noticeKind(shadow);
      if (kind) return kind;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('no notice');
  }

  const tabCount = () => harness.ext(async () => (await chrome.tabs.query({})).length);

  const theme = () =>
    harness.ext(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      return (settings as { theme?: string } | undefined)?.theme;
    });

  describe('item 1: the page cannot get inside the reader', () => {
    it('a page that defines the custom element name and keeps its internals gets nothing, cannot click Save or change settings', async () => {
      const url = urlOf('internals');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      await sleep(300);
      const result = await page.evaluate(() =>
        (window as unknown as { __attack: () => unknown }).__attack(),
      );
      await sleep(1500);
      const stolen = await page.evaluate(
        () => (window as unknown as { __stolen: string[] }).__stolen,
      );
      expect(result).toMatchObject({ roots: 0 });
      // A built-in element the page cannot define or upgrade, with no attribute that says anything.
      expect((result as { tag: string }).tag).toBe('div');
      expect(
        (result as { attributes: string[] }).attributes.filter(
          (a) => a !== 'style' && a !== 'popover',
        ),
      ).toEqual([]);
      expect(stolen).toEqual([]);
      await expect(
        page.evaluate(() => (window as unknown as { __messages: number }).__messages),
      ).resolves.toBe(0);
      // The reader still shows the article, untouched; nothing was saved; the theme is the same.
      await expect(
        shadow.call<boolean>('function () { return !!this.querySelector("#page-injected"); }'),
      ).resolves.toBe(false);
      await expect(
        shadow.call<boolean>('function () { return !!this.querySelector(".reader"); }'),
      ).resolves.toBe(true);
      expect(await savedAt(url)).toEqual([]);
      expect(await theme()).toBe('light');
      await page.close();
    });
  });

  describe('item 4: Save stores the article the reader shows', () => {
    it('a page that swaps its content and canonical link when the reader opens does not get its swap saved', async () => {
      const url = urlOf('swap');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      await expect(
        page.evaluate(() => (window as unknown as { __swapped?: boolean }).__swapped),
      ).resolves.toBe(true);
      await expect(
        shadow.call<string>(
          'function () { return this.querySelector("h1.article-title").textContent; }',
        ),
      ).resolves.toBe(SEED_TITLE);
      await clickButton(page, shadow, EN.actionSave!.message);
      await waitForNotice(shadow);
      const saved = await savedAt(url);
      expect(saved.map((r) => r.title)).toEqual([SEED_TITLE]);
      expect(saved[0]?.html).not.toContain('URGENT');
      expect(saved[0]?.key).not.toContain('other-site-article');
      await page.close();
    });
  });

  describe('item 9: the page cannot read the reader text with window.find', () => {
    it('"Saved" and "Already in your library" cannot be found by the page', async () => {
      const url = urlOf('find');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      const findAll = () =>
        page.evaluate(
          (words: string[]) => {
            const found = words.filter((word) => {
              getSelection()?.removeAllRanges();
              return (window as unknown as { find: (s: string) => boolean }).find(word);
            });
            getSelection()?.removeAllRanges();
            return found;
          },
          [EN.noticeSaved!.message, EN.noticeUpdated!.message, 'Saved to', 'Already in'],
        );
      await clickButton(page, shadow, EN.actionSave!.message);
      await expect(waitForNotice(shadow)).resolves.toContain('saved');
      // The notice is on screen for the person (its words are in the reader's render tree)...
      // (Chromium gives the resolved words as the computed content, Firefox the attr() it comes from.)
      const shown = await shadow.call<{ content: string; text: string }>(
        'function () { const t = this.querySelector(".toast"); return { content: getComputedStyle(t, "::before").content, text: t.dataset.text }; }',
      );
      expect(shown.text).toBe(EN.noticeSaved!.message);
      expect([`"${EN.noticeSaved!.message}"`, 'attr(data-text)']).toContain(shown.content);
      // ...and not in any text the page can search.
      expect(await findAll()).toEqual([]);
      await sleep(300);
      await clickButton(page, shadow, EN.actionSave!.message);
      await sleep(800);
      await expect(waitForNotice(shadow)).resolves.toContain('updated');
      expect(await findAll()).toEqual([]);
      await page.close();
    });
  });

  describe('item 8: the page does not control the reader host', () => {
    it('a synthetic Escape does not close the reader; a real one does', async () => {
      const page = await harness.openPage(urlOf('escape'));
      await openReader(page);
      await page.evaluate(() => {
        const init = { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, composed: true };
        for (const target of [
          window,
          document,
          document.body,
          document.documentElement.lastElementChild,
        ])
          target?.dispatchEvent(new KeyboardEvent('keydown', init));
      });
      await sleep(500);
      await expect(waitForReader(harness, page, true, 1000)).resolves.not.toBeNull();
      await page.press('Escape');
      await waitForReader(harness, page, false);
      await page.close();
    });

    it('page CSS cannot hide or shrink the host, and a page that tampers with it cannot get a Save', async () => {
      const url = urlOf('styles');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      const computed = () =>
        page.evaluateSource(`(() => { ${FIND_HOST}; const host = findHost(); const s = getComputedStyle(host); const r = host.getBoundingClientRect();
          return { opacity: s.opacity, visibility: s.visibility, transform: s.transform, clipPath: s.clipPath, filter: s.filter, display: s.display, width: Math.round(r.width), height: Math.round(r.height), parent: host.parentElement === document.documentElement }; })()`);
      const sheet = `html > div, div { opacity: 0 !important; visibility: hidden !important; transform: scale(0.01) !important; clip-path: inset(50%) !important; filter: opacity(0) !important; width: 0 !important; height: 0 !important; }`;
      await page.evaluate((css) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      }, sheet);
      const full = {
        opacity: '1',
        visibility: 'visible',
        transform: 'none',
        clipPath: 'none',
        filter: 'none',
        display: 'block',
        width: 1100,
        height: 800,
        parent: true,
      };
      await expect(computed()).resolves.toEqual(full);
      // The inline style is the page's to write too: the reader puts its own back.
      await page.evaluateSource(
        `(() => { ${FIND_HOST}; findHost().setAttribute('style', 'opacity: 0 !important; visibility: hidden !important'); })()`,
      );
      await sleep(200);
      await expect(computed()).resolves.toEqual(full);
      // A page that did that gets no Save from a click on the reader, and the reader says so.
      await clickButton(page, shadow, EN.actionSave!.message);
      await expect(waitForNotice(shadow)).resolves.toContain('error');
      expect(await savedAt(url)).toEqual([]);
      await page.close();
    });

    it('a page that makes the whole document transparent (a decoy "click anywhere") gets no Save', async () => {
      const url = urlOf('transparent');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'html { opacity: 0.01 !important; }';
        document.head.append(style);
      });
      await clickButton(page, shadow, EN.actionSave!.message);
      await expect(waitForNotice(shadow)).resolves.toContain('error');
      expect(await savedAt(url)).toEqual([]);
      await page.close();
    });

    it('a host moved into a 0x0 box goes back where it belongs and refuses Save', async () => {
      const url = urlOf('moved');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      await page.evaluateSource(`(() => { ${FIND_HOST}; const host = findHost(); const box = document.createElement('div');
        box.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden'; document.body.append(box); box.append(host); })()`);
      await sleep(300);
      const where = await page.evaluateSource(`(() => { ${FIND_HOST}; const host = findHost();
        const r = host?.getBoundingClientRect();
        return { parent: host?.parentElement === document.documentElement, width: Math.round(r?.width ?? 0) }; })()`);
      expect(where).toEqual({ parent: true, width: 1100 });
      await clickButton(page, shadow, EN.actionSave!.message);
      await expect(waitForNotice(shadow)).resolves.toContain('error');
      expect(await savedAt(url)).toEqual([]);
      // Nor does a highlight (which would save the article): no mark, nothing stored.
      await shadow.call(`function () {
        const text = this.querySelector('.article-content p').firstChild;
        this.querySelector('.reader-column').focus();
        document.getSelection().setBaseAndExtent(text, 0, text, Math.min(20, text.data.length));
      }`);
      await page.press('h');
      await sleep(500);
      expect(
        await shadow.call<number>(
          'function () { return this.querySelectorAll("mark.ringkas-highlight").length; }',
        ),
      ).toBe(0);
      expect(await savedAt(url)).toEqual([]);
      await page.close();
    });

    it('a page popover shown over the reader does not stay on top, and Save is refused', async () => {
      const url = urlOf('popover');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      await page.evaluateSource(`(() => { const fake = document.createElement('div'); fake.id = 'fake-ui'; fake.popover = 'manual';
        fake.style.cssText = 'inset:0;width:100vw;height:100vh;margin:0;border:0;background:#fff;color:#000;font-size:40px';
        fake.textContent = 'Click anywhere to continue'; document.body.append(fake); fake.showPopover(); })()`);
      await sleep(300);
      const onTop = await page.evaluate(() => {
        const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        return el?.id !== 'fake-ui' && el !== null;
      });
      expect(onTop).toBe(true);
      await clickButton(page, shadow, EN.actionSave!.message);
      await expect(waitForNotice(shadow)).resolves.toContain('error');
      expect(await savedAt(url)).toEqual([]);
      await page.close();
    });

    it('an untouched reader saves with a real click', async () => {
      const url = urlOf('plain');
      const page = await harness.openPage(url);
      const shadow = await openReader(page);
      await clickButton(page, shadow, EN.actionSave!.message);
      await expect(waitForNotice(shadow)).resolves.toContain('saved');
      expect((await savedAt(url)).map((r) => r.title)).toEqual([SEED_TITLE]);
      await page.close();
    });
  });

  describe('item 14: footnote links scroll within the article', () => {
    const inView = (fn: string) =>
      `function () { const el = ${fn}; if (!el) return null; const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }`;

    it('in the popup: no new tab, the footnote comes into view; external links open a new tab', async () => {
      const { tabId } = await harness.openPage(urlOf('footnotes'));
      const popup = await harness.openPopup(tabId);
      await popup.waitFor('[data-state="article"]');
      const pagesBefore = await tabCount();
      await expect(popup.attr('.article-content a', 'target', '1')).resolves.toBeNull();
      await popup.click('.article-content a', '1');
      await sleep(800);
      expect(await tabCount()).toBe(pagesBefore);
      expect(new URL(await popup.url()).hash).toBe('');
      await expect(
        popup.evaluate(() => {
          const note = document.querySelector('.article-content li');
          const r = note?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= innerHeight;
        }),
      ).resolves.toBe(true);
      await expect(popup.attr('.article-content a', 'target', 'elsewhere')).resolves.toBe('_blank');
      await expect(popup.attr('.article-content a', 'rel', 'elsewhere')).resolves.toContain(
        'noopener',
      );
      await popup.close();
    });

    it('in the reader: the page URL does not change and the footnote comes into view', async () => {
      const page = await harness.openPage(urlOf('footnotes'));
      const shadow = await openReader(page);
      const pagesBefore = await tabCount();
      const point = await shadow.call<{ x: number; y: number }>(`function () {
        const a = [...this.querySelectorAll('.article-content a')].find((l) => l.textContent === '1');
        a.scrollIntoView({ block: 'center' });
        const r = a.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }`);
      await page.clickAt(point.x, point.y);
      await sleep(800);
      expect(await tabCount()).toBe(pagesBefore);
      expect(new URL(await page.url()).hash).toBe('');
      await expect(shadow.call(inView('this.querySelector(".article-content li")'))).resolves.toBe(
        true,
      );
      await page.close();
    });
  });

  describe('item 11: synced sites, entry by entry', () => {
    it('a malformed autoSites entry does not stop reading mode, and removing a site stops it', async () => {
      const registered = () =>
        harness.ext(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
        );
      const sites = (autoSites: string[]) =>
        harness.ext(async (list) => {
          const { settings } = await chrome.storage.sync.get('settings');
          await chrome.storage.sync.set({ settings: { ...(settings ?? {}), autoSites: list } });
        }, autoSites);
      await sites(['javascript:alert(1)', harness.server.url]);
      await expect.poll(registered, { timeout: 10_000 }).toEqual(['http://127.0.0.1/*']);
      await sites(['javascript:alert(1)']);
      await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    });
  });
});
