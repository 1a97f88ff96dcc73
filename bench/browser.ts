// npm run bench -- browser: in headless Chromium, the time from opening the popup for a tab to
// the article being shown, over the zyte and indonesian corpus pages served on 127.0.0.1, beside
// the time Readability alone takes in the same page (clone + parse, in the page itself), and the
// pipeline's own time in the page (extraction, facts and summary).
// Also the seed page, 20 times. Writes bench/results/browser.json.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { corpusDir, repoRoot } from './lib/corpus';
import { quantile } from './lib/stats';
import { launch, type Harness } from './chromium-harness';

const SEED_RUNS = 20;
const readabilitySource = fs.readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

interface Timing {
  /** From the test asking for the popup page to the article on screen (includes opening the page). */
  wallMs: number;
  /** From the popup page's navigation start to the article on screen, as the popup measures it. */
  popupMs: number;
  /** Extraction + facts + summary inside the page (the read script's own time). */
  pipelineMs: number;
  readabilityMs: number;
  state: string;
}

/** The machines have no network: a page's third-party requests fail at once instead of hanging. */
async function offline(harness: Harness): Promise<Harness> {
  const local = new URL(harness.server.url).host;
  await harness.context.route(/^https?:/, (route) =>
    new URL(route.request().url()).host === local ? route.continue() : route.abort(),
  );
  return harness;
}

async function timePage(harness: Harness, url: string): Promise<Timing> {
  const { page, tabId } = await harness.openTab(url, 'domcontentloaded');
  try {
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    const start = performance.now();
    await popup.goto(harness.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('[data-state]').first().waitFor({ timeout: 60_000 });
    const wallMs = performance.now() - start;
    const state = (await popup.locator('[data-state]').first().getAttribute('data-state')) ?? '?';
    const mark = (await popup.evaluate(() => {
      const entry = performance.getEntriesByName('ringkas:article-shown')[0] as
        PerformanceMark | undefined;
      return entry
        ? { at: entry.startTime, pipelineMs: (entry.detail as { pipelineMs: number }).pipelineMs }
        : null;
    })) ?? { at: NaN, pipelineMs: NaN };
    await popup.close();
    // Readability alone, in the page's own main world, on a clone as Ringkas does.
    await page.evaluate(`${readabilitySource};globalThis.__benchReadability = Readability;`);
    const readabilityMs = await page.evaluate(() => {
      const R = (
        globalThis as unknown as {
          __benchReadability: new (doc: Document) => { parse: () => unknown };
        }
      ).__benchReadability;
      const start = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      return performance.now() - start;
    });
    return { wallMs, popupMs: mark.at, pipelineMs: mark.pipelineMs, readabilityMs, state };
  } finally {
    await page.close();
  }
}

export async function run(): Promise<void> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
  const routes: Record<
    string,
    () => { body: Buffer; type: string; headers: Record<string, string> }
  > = {};
  const pages: string[] = [];
  for (const corpus of ['zyte', 'indonesian']) {
    const dir = corpusDir(corpus);
    for (const file of fs
      .readdirSync(path.join(dir, 'pages'))
      .filter((f) => f.endsWith('.html.gz'))
      .sort()) {
      const route = `/${corpus}/${file.replace(/\.gz$/, '')}`;
      const bytes = gunzipSync(fs.readFileSync(path.join(dir, 'pages', file)));
      // The original bytes: the browser finds the charset the page declares, as it would online.
      // The page's own scripts are switched off by CSP (extension scripts are not subject to it):
      // offline, some of them spin on their failed requests and would time the page, not us.
      routes[route] = () => ({
        body: bytes,
        type: 'text/html',
        headers: { 'content-security-policy': "script-src 'none'" },
      });
      pages.push(route);
    }
  }
  let harness = await offline(await launch({ routes }));
  try {
    const timings: Timing[] = [];
    for (const [index, route] of pages.entries()) {
      try {
        timings.push(await timePage(harness, `${harness.server.url}${route}`));
      } catch (error) {
        // A page that takes its tab (or the browser) down is reported, and the run goes on.
        console.log(`  ${route}: ${String(error).split('\n')[0]}`);
        timings.push({
          wallMs: NaN,
          popupMs: NaN,
          pipelineMs: NaN,
          readabilityMs: NaN,
          state: 'failed',
        });
        await harness.close().catch(() => undefined);
        harness = await offline(await launch({ routes }));
      }
      if ((index + 1) % 25 === 0) console.log(`  ${index + 1}/${pages.length} pages`);
    }
    const seed: Timing[] = [];
    for (let i = 0; i < SEED_RUNS; i++)
      seed.push(await timePage(harness, `${harness.server.url}/seed-page.html`));

    const shown = timings.filter((t) => t.state === 'article');
    const result = {
      pages: timings.length,
      articlesShown: shown.length,
      ...summarise(shown),
      seed: { runs: SEED_RUNS, ...summarise(seed.filter((t) => t.state === 'article')) },
      states: Object.fromEntries(
        [...new Set(timings.map((t) => t.state))].map((s) => [
          s,
          timings.filter((t) => t.state === s).length,
        ]),
      ),
    };
    fs.mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true });
    fs.writeFileSync(
      path.join(repoRoot, 'bench/results/browser.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    const row = (r: ReturnType<typeof summarise>, pages: number) => ({
      pages,
      'popup median ms': r.popupMedianMs,
      'popup p95 ms': r.popupP95Ms,
      'pipeline in page median ms': r.pipelineMedianMs,
      'Readability alone median ms': r.readabilityMedianMs,
      'wall median ms': r.wallMedianMs,
    });
    console.table({ corpus: row(result, result.articlesShown), seed: row(result.seed, SEED_RUNS) });
    console.log(
      'popup: from the popup page starting to load to the article on screen; wall: the same from the harness asking for a new page.',
    );
  } finally {
    await harness.close();
  }
}

function summarise(timings: Timing[]) {
  const median = (pick: (t: Timing) => number) => round(quantile(timings.map(pick), 0.5));
  return {
    popupMedianMs: median((t) => t.popupMs),
    popupP95Ms: round(
      quantile(
        timings.map((t) => t.popupMs),
        0.95,
      ),
    ),
    readabilityMedianMs: median((t) => t.readabilityMs),
    pipelineMedianMs: median((t) => t.pipelineMs),
    wallMedianMs: median((t) => t.wallMs),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
