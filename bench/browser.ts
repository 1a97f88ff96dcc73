// npm run bench -- browser: time to article in headless Chromium, Ringkas beside a floor
// extension (bench/lib/floor.ts: one executeScript returning the title, written on screen),
// both loaded in the same browser, interleaved page by page (the order alternates), a fresh tab
// for every measurement. Pages: the seed page (SEED_RUNS times) and the zyte and indonesian
// corpus pages served on 127.0.0.1. Times are from the popup page's navigation start; the
// headline is the ratio of medians (Ringkas / floor) within this one run. Ringkas's stages:
// popup DOMContentLoaded, injection done (the read script's end, on the page's clock), result
// received, the entity model of the page's declared language ready, article shown, digest
// computed, facts shown. Writes bench/results/browser.json.
// BENCH_BROWSER_STRIDE=k times every k-th corpus page only (quick checks while developing).
// BENCH_BASELINE_DIST=dir (a build of another commit, e.g. RINGKAS_DIST=/tmp/base npm run build
// there) loads that build's test extension beside this one and times it in the same run,
// interleaved with the others (A/B on a loaded machine): its figures are under "baseline".
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { corpusDir, repoRoot } from './lib/corpus';
import { quantile } from './lib/stats';
import { buildFloor, unpackedExtensionId } from './lib/floor';
import { launch, type Harness } from './chromium-harness';

const SEED_RUNS = Number(process.env.BENCH_SEED_RUNS ?? 20);
const STRIDE = Math.max(1, Number(process.env.BENCH_BROWSER_STRIDE ?? 1));
const STAGES = ['dcl', 'injected', 'result', 'model', 'article', 'digested', 'facts'] as const;
type Stage = (typeof STAGES)[number];

interface Timing {
  set: string;
  state: string;
  /** Popup navigation start to the article (Ringkas) or the title (floor) on screen. */
  shownMs: number;
  stages: Partial<Record<Stage, number>>;
}

/** The machines have no network: a page's third-party requests fail at once instead of hanging. */
async function offline(harness: Harness): Promise<Harness> {
  const local = new URL(harness.server.url).host;
  await harness.context.route(/^https?:/, (route) =>
    new URL(route.request().url()).host === local ? route.continue() : route.abort(),
  );
  return harness;
}

async function marks(popup: Page, prefix: string): Promise<Record<string, number>> {
  return popup.evaluate((prefix) => {
    const out: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    if (nav) out.dcl = nav.domContentLoadedEventStart;
    for (const entry of performance.getEntriesByType('mark'))
      if (entry.name.startsWith(prefix)) out[entry.name.slice(prefix.length)] = entry.startTime;
    return out;
  }, prefix);
}

async function timeOne(
  harness: Harness,
  url: string,
  popupUrl: (tabId: number) => string,
  prefix: string,
  last: string,
  set: string,
): Promise<Timing> {
  const { page, tabId } = await harness.openTab(url, 'domcontentloaded');
  try {
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(popupUrl(tabId));
    await popup.waitForFunction(
      ([name]) =>
        performance.getEntriesByName(name!).length > 0 ||
        document.querySelector('[data-state]:not([data-state="article"])') !== null,
      [`${prefix}${last}`],
      { timeout: 60_000 },
    );
    const state =
      (await popup.locator('[data-state]').first().getAttribute('data-state')) ?? 'unknown';
    const found = await marks(popup, prefix);
    await popup.close();
    const stages: Partial<Record<Stage, number>> = {};
    for (const stage of STAGES) if (found[stage] !== undefined) stages[stage] = found[stage];
    const shown = prefix === 'floor:' ? found.shown : found['article-shown'];
    if (prefix !== 'floor:') {
      stages.article = found['article-shown'];
      stages.facts = found['facts-shown'];
    } else stages.article = found.shown;
    return { set, state, shownMs: shown ?? NaN, stages };
  } finally {
    await page.close();
  }
}

interface Pair {
  floor: Timing;
  ringkas: Timing;
  /** The build of BENCH_BASELINE_DIST, when given. */
  baseline?: Timing;
}

export async function run(): Promise<void> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
  const floor = buildFloor();
  const routes: Record<
    string,
    () => { body: Buffer; type: string; headers: Record<string, string> }
  > = {};
  const pages: { route: string; set: string }[] = [];
  for (const corpus of ['zyte', 'indonesian']) {
    const dir = corpusDir(corpus);
    const files = fs
      .readdirSync(path.join(dir, 'pages'))
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .filter((_, i) => i % STRIDE === 0);
    for (const file of files) {
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
      pages.push({ route, set: corpus });
    }
  }
  for (let i = 0; i < SEED_RUNS; i++) pages.push({ route: '/seed-page.html', set: 'seed' });
  const ringkasDir = path.join(path.resolve(repoRoot, process.env.RINGKAS_DIST ?? 'dist'), 'test');
  const baselineDir = process.env.BENCH_BASELINE_DIST
    ? fs.realpathSync(path.join(path.resolve(process.env.BENCH_BASELINE_DIST), 'test'))
    : null;
  const extensionDir = [ringkasDir, baselineDir, floor.dir].filter(Boolean).join(',');
  // Two builds of Ringkas may be loaded: each is addressed by its own id (the path's hash).
  const ringkasId = unpackedExtensionId(fs.realpathSync(ringkasDir));
  const baselineId = baselineDir ? unpackedExtensionId(baselineDir) : null;
  const start = () => launch({ routes, extensionDir }).then(offline);
  let harness = await start();
  const pairs: Pair[] = [];
  try {
    for (const [index, { route, set }] of pages.entries()) {
      const url = `${harness.server.url}${route}`;
      const h = harness;
      const sides: { name: keyof Pair; run: () => Promise<Timing> }[] = [
        {
          name: 'floor',
          run: () =>
            timeOne(
              h,
              url,
              (id) => `chrome-extension://${floor.id}/popup.html?tab=${id}`,
              'floor:',
              'shown',
              set,
            ),
        },
        {
          name: 'ringkas',
          run: () =>
            timeOne(
              h,
              url,
              (id) => `chrome-extension://${ringkasId}/popup.html?tab=${id}`,
              'ringkas:',
              'facts-shown',
              set,
            ),
        },
      ];
      if (baselineId)
        sides.push({
          name: 'baseline',
          run: () =>
            timeOne(
              h,
              url,
              (id) => `chrome-extension://${baselineId}/popup.html?tab=${id}`,
              'ringkas:',
              'facts-shown',
              set,
            ),
        });
      try {
        // Interleaved, the order rotating, so no side always runs on a warmer browser.
        const pair: Partial<Pair> = {};
        for (let k = 0; k < sides.length; k++) {
          const side = sides[(index + k) % sides.length]!;
          pair[side.name] = await side.run();
        }
        pairs.push(pair as Pair);
      } catch (error) {
        // A page that takes its tab (or the browser) down is reported, and the run goes on.
        console.log(`  ${route}: ${String(error).split('\n')[0]}`);
        const failed: Timing = { set, state: 'failed', shownMs: NaN, stages: {} };
        pairs.push({ floor: failed, ringkas: failed, ...(baselineId ? { baseline: failed } : {}) });
        await harness.close().catch(() => undefined);
        harness = await start();
      }
      if ((index + 1) % 25 === 0) console.log(`  ${index + 1}/${pages.length} measurements`);
    }
  } finally {
    await harness.close();
    fs.rmSync(floor.dir, { recursive: true, force: true });
  }

  const sets = ['seed', 'zyte', 'indonesian', 'corpus'];
  const inSet = (name: string) =>
    pairs.filter((p) => (name === 'corpus' ? p.ringkas.set !== 'seed' : p.ringkas.set === name));
  const summary = Object.fromEntries(sets.map((name) => [name, summarise(inSet(name))]));
  const baseline = baselineDir
    ? Object.fromEntries(
        sets.map((name) => [
          name,
          summarise(inSet(name).map((p) => ({ floor: p.floor, ringkas: p.baseline! }))),
        ]),
      )
    : null;
  const states: Record<string, number> = {};
  for (const p of pairs) states[p.ringkas.state] = (states[p.ringkas.state] ?? 0) + 1;
  const result = {
    measuredAt: new Date().toISOString(),
    stride: STRIDE,
    seedRuns: SEED_RUNS,
    states,
    ...summary,
    ...(baseline ? { baseline: { dist: process.env.BENCH_BASELINE_DIST, ...baseline } } : {}),
  };
  fs.mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true });
  fs.writeFileSync(
    path.join(repoRoot, 'bench/results/browser.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.table(
    Object.fromEntries(
      sets.map((name) => {
        const s = summary[name]!;
        return [
          name,
          {
            pages: s.pages,
            'floor ms': s.floorMedianMs,
            'Ringkas ms': s.ringkasMedianMs,
            ratio: s.ratio,
            'Ringkas p95 ms': s.ringkasP95Ms,
            ...Object.fromEntries(STAGES.map((stage) => [stage, s.stagesMedianMs[stage]])),
            'facts after article': s.factsAfterArticleMedianMs,
          },
        ];
      }),
    ),
  );
  if (baseline) {
    console.log('Baseline build (BENCH_BASELINE_DIST), same run:');
    console.table(
      Object.fromEntries(
        sets.map((name) => {
          const s = baseline[name]!;
          const now = summary[name]!;
          return [
            name,
            {
              pages: s.pages,
              'floor ms': s.floorMedianMs,
              'baseline ms': s.ringkasMedianMs,
              ratio: s.ratio,
              'this build ratio': now.ratio,
              ...Object.fromEntries(STAGES.map((stage) => [stage, s.stagesMedianMs[stage]])),
              'facts after article': s.factsAfterArticleMedianMs,
              'this build facts after article': now.factsAfterArticleMedianMs,
            },
          ];
        }),
      ),
    );
  }
  console.log(
    'Medians in ms from the popup page starting to load; ratio = Ringkas median / floor median (same run). ' +
      'Stages: dcl popup DOMContentLoaded, injected read script done, result received, model ready, ' +
      'article shown, digest computed, facts shown.',
  );
  console.log(`Ringkas states: ${JSON.stringify(states)}`);
}

function summarise(pairs: Pair[]) {
  const shown = pairs.filter((p) => p.ringkas.state === 'article' && p.floor.state === 'article');
  const median = (values: (number | undefined)[]) => {
    const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return finite.length ? round(quantile(finite, 0.5)) : null;
  };
  const floorMedianMs = median(shown.map((p) => p.floor.shownMs));
  const ringkasMedianMs = median(shown.map((p) => p.ringkas.shownMs));
  return {
    pages: shown.length,
    floorMedianMs,
    ringkasMedianMs,
    ratio:
      floorMedianMs && ringkasMedianMs
        ? Math.round((ringkasMedianMs / floorMedianMs) * 100) / 100
        : null,
    ringkasP95Ms: round(
      quantile(shown.map((p) => p.ringkas.shownMs).filter(Number.isFinite), 0.95),
    ),
    floorStagesMedianMs: {
      dcl: median(shown.map((p) => p.floor.stages.dcl)),
      result: median(shown.map((p) => p.floor.stages.result)),
    },
    stagesMedianMs: Object.fromEntries(
      STAGES.map((stage) => [stage, median(shown.map((p) => p.ringkas.stages[stage]))]),
    ) as Record<Stage, number | null>,
    factsAfterArticleMedianMs: median(
      shown.map((p) => (p.ringkas.stages.facts ?? NaN) - (p.ringkas.stages.article ?? NaN)),
    ),
    factsAfterArticleP95Ms: round(
      quantile(
        shown
          .map((p) => (p.ringkas.stages.facts ?? NaN) - (p.ringkas.stages.article ?? NaN))
          .filter(Number.isFinite),
        0.95,
      ),
    ),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
