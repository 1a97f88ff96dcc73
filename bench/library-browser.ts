// The library bench's Chromium part (issue 16): a generated library imported into the real
// library page of the test build, with a heartbeat on the page's main thread, then the first
// build of the search index at a page's opening. Measured in the page: the Long Tasks API
// (every task over 50 ms, with its length) and a heartbeat (a timer every 10 ms; the longest gap
// between two beats is the longest the page could not respond). Times are wall-clock in the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { libraryZip } from '../src/core/collection/library-zip';
import type { SavedArticle } from '../src/core/schema/saved-article';
import { DIST, launch } from './chromium-harness';

export interface BrowserResult {
  articles: number;
  fileMB: number;
  /** Choosing the file to "Import finished". */
  importMs: number;
  /** The longest the page's main thread was blocked during the import (heartbeat gap). */
  importLongestBlockMs: number;
  /** The longest long task during the import (Long Tasks API; 0: none over 50 ms). */
  importLongestTaskMs: number;
  /** A page opened over the library without an index snapshot, to its search being ready. */
  indexBuildMs: number;
  indexBuildLongestBlockMs: number;
  indexBuildLongestTaskMs: number;
  /** The page never blocked over 100 ms while the index was built (it is built in a worker). */
  indexOffMainThread: boolean;
}

/** Starts the heartbeat and the long-task observer in the page. */
function watch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __beat: { last: number; maxGap: number; maxTask: number } };
    w.__beat = { last: performance.now(), maxGap: 0, maxTask: 0 };
    const beat = () => {
      const now = performance.now();
      w.__beat.maxGap = Math.max(w.__beat.maxGap, now - w.__beat.last);
      w.__beat.last = now;
      setTimeout(beat, 10);
    };
    setTimeout(beat, 10);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__beat.maxTask = Math.max(w.__beat.maxTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** What the heartbeat saw since watch(), and starts over. */
function read(page: Page): Promise<{ maxGap: number; maxTask: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __beat: { last: number; maxGap: number; maxTask: number } };
    const seen = { maxGap: w.__beat.maxGap, maxTask: w.__beat.maxTask };
    w.__beat.maxGap = 0;
    w.__beat.maxTask = 0;
    return seen;
  });
}

const LONG = { timeout: 30 * 60_000 };

export async function measureBrowser(records: SavedArticle[]): Promise<BrowserResult> {
  if (!fs.existsSync(path.join(DIST, 'test', 'manifest.json')))
    throw new Error(`No test build in ${DIST}/test: run npm run build first.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringkas-library-bench-'));
  const file = path.join(dir, 'ringkas-library.zip');
  fs.writeFileSync(file, libraryZip(records, [], new Date()));
  const fileMB = fs.statSync(file).size / 1048576;
  const harness = await launch();
  try {
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('library.html'));
    await page.waitForSelector('#import-file', { state: 'attached' });
    await page.waitForSelector('#search-wait', { state: 'detached' });
    await watch(page);
    const started = Date.now();
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('[role="status"] :text("Import finished")', LONG);
    const importMs = Date.now() - started;
    const imported = await read(page);
    // This page's worker indexes what was imported; wait for it, and for its snapshot (written
    // 3 s after the last change), so the next step starts from a quiet library.
    await page.waitForSelector('#search-wait', { state: 'detached', ...LONG });
    await page.waitForTimeout(5000);
    await page.close();

    // The first build: a page opened over the library without an index snapshot.
    const clear = await harness.context.newPage();
    await clear.goto(harness.extensionUrl('options.html'));
    await clear.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ringkas-library');
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').delete('search-index');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await clear.close();
    const fresh = await harness.context.newPage();
    const opened = Date.now();
    await fresh.goto(harness.extensionUrl('library.html'), { waitUntil: 'domcontentloaded' });
    await watch(fresh);
    await fresh.waitForSelector('#search-wait', { state: 'attached' });
    await fresh.waitForSelector('#search-wait', { state: 'detached', ...LONG });
    const indexBuildMs = Date.now() - opened;
    const built = await read(fresh);
    // The index answers: the first article's title finds it.
    const title = records[0]!.title;
    await fresh.fill('#library-search', title);
    await fresh.waitForFunction(
      (title) =>
        [...document.querySelectorAll('ul.items li.item h2')].some((h) => h.textContent === title),
      title,
      { timeout: 60_000 },
    );
    await fresh.close();
    return {
      articles: records.length,
      fileMB: Math.round(fileMB * 10) / 10,
      importMs,
      importLongestBlockMs: Math.round(imported.maxGap),
      importLongestTaskMs: Math.round(imported.maxTask),
      indexBuildMs,
      indexBuildLongestBlockMs: Math.round(built.maxGap),
      indexBuildLongestTaskMs: Math.round(built.maxTask),
      indexOffMainThread: built.maxGap < 100 && built.maxTask < 100,
    };
  } finally {
    await harness.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
