// @vitest-environment jsdom
// The popup with its pages joined (issue 12) and the digest outside the page: the joined article
// gets its own digest, and Save keeps the article shown with that digest, not page one's.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupApp, type PopupConnector } from '../../../src/popup/popup-app';
import type { DigestedReading } from '../../../src/contracts/tab-reading';
import { emptyDigest } from '../../../src/core/empty-digest';
import { sampleArticle } from '../core/collection/sample-article';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

// The digest starts after the frame that shows the article (afterPaint: a frame, then a task),
// the further pages after the frame that shows the facts.
const settle = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('PopupApp with joined pages', () => {
  it('computes the digest of the joined article and saves the two together', async () => {
    const { article } = sampleArticle(1);
    const pageOne = { ok: true as const, tabId: 3, article, ms: 1 };
    const joined = {
      ...pageOne,
      article: { ...article, text: `${article.text}\n\nPage two's text.`, wordCount: 44 },
    };
    const digested: string[] = [];
    const saved: DigestedReading[] = [];
    const connector: PopupConnector = {
      read: () => Promise.resolve(pageOne),
      // Each digest names the text it was computed from, to tell page one's from the whole one's.
      digest: (reading) => {
        digested.push(reading.article.text);
        return Promise.resolve({ ...emptyDigest(), lang: `digest-${digested.length}` });
      },
      save: (reading) => {
        saved.push(reading);
        return Promise.resolve({ key: 'noticeSaved' });
      },
      readInPage: () => Promise.resolve(null),
      copyMarkdown: () => Promise.resolve({ key: 'noticeCopied' }),
      openOriginal: () => {},
      openLibrary: () => {},
      readPages: () =>
        Promise.resolve({
          status: 'joined',
          reading: joined,
          outcome: { joined: 2, total: 2, failed: [] },
        }),
    };
    host = document.createElement('div');
    document.body.append(host);
    act(() => render(<PopupApp connector={connector} t={(key) => key} locale="en" />, host));
    await settle();
    await settle();
    await settle();
    expect(digested).toEqual([article.text, joined.article.text]);
    const save = [...host.querySelectorAll('button')].find((b) => b.textContent === 'actionSave');
    act(() => save?.click());
    await settle();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.article.text).toBe(joined.article.text);
    expect(saved[0]?.digest.lang).toBe('digest-2');
  });

  it('shows the article growing page by page before the whole has come', async () => {
    const { article } = sampleArticle(1);
    const pageOne = { ok: true as const, tabId: 3, article, ms: 1 };
    const upTo = (n: number) => ({
      ...pageOne,
      article: {
        ...article,
        text: `${article.text}\n\nPage two's text.${n > 2 ? "\n\nPage three's text." : ''}`,
        html: `${article.html}<p>Page two's text.</p>${n > 2 ? "<p>Page three's text.</p>" : ''}`,
      },
    });
    let finish: () => void = () => {};
    const digested: string[] = [];
    const connector: PopupConnector = {
      read: () => Promise.resolve(pageOne),
      digest: (reading) => {
        digested.push(reading.article.text);
        return Promise.resolve(emptyDigest());
      },
      save: () => Promise.resolve({ key: 'noticeSaved' }),
      readInPage: () => Promise.resolve(null),
      copyMarkdown: () => Promise.resolve({ key: 'noticeCopied' }),
      openOriginal: () => {},
      openLibrary: () => {},
      readPages: (_reading, onPage) => {
        const outcome = { joined: 2, total: 3, failed: [] };
        onPage?.({ status: 'joined', reading: upTo(2), outcome });
        return new Promise((resolve) => {
          finish = () =>
            resolve({ status: 'joined', reading: upTo(3), outcome: { ...outcome, joined: 3 } });
        });
      },
    };
    host = document.createElement('div');
    document.body.append(host);
    act(() => render(<PopupApp connector={connector} t={(key) => key} locale="en" />, host));
    await settle();
    await settle();
    await settle();
    // Page two is on screen while page three is still coming.
    expect(host.textContent).toContain("Page two's text.");
    expect(host.textContent).not.toContain("Page three's text.");
    expect(host.querySelector('[data-pages]')?.getAttribute('data-pages')).toBe('loading');
    await act(async () => finish());
    await settle();
    expect(host.textContent).toContain("Page three's text.");
    expect(host.querySelector('[data-pages]')?.getAttribute('data-pages')).toBe('done');
    expect(digested).toEqual([article.text, upTo(2).article.text, upTo(3).article.text]);
  });

  it('looks for further pages only once the facts of page one are in', async () => {
    const { article } = sampleArticle(1);
    const pageOne = { ok: true as const, tabId: 3, article, ms: 1 };
    let release: () => void = () => {};
    let asked = 0;
    const connector: PopupConnector = {
      read: () => Promise.resolve(pageOne),
      digest: () =>
        new Promise((resolve) => {
          release = () => resolve(emptyDigest());
        }),
      save: () => Promise.resolve({ key: 'noticeSaved' }),
      readInPage: () => Promise.resolve(null),
      copyMarkdown: () => Promise.resolve({ key: 'noticeCopied' }),
      openOriginal: () => {},
      openLibrary: () => {},
      readPages: () => {
        asked++;
        return Promise.resolve({ status: 'single' });
      },
    };
    host = document.createElement('div');
    document.body.append(host);
    act(() => render(<PopupApp connector={connector} t={(key) => key} locale="en" />, host));
    await settle();
    await settle();
    expect(asked).toBe(0);
    await act(async () => release());
    await settle();
    await settle();
    expect(asked).toBe(1);
  });
});
