// `npm run fuzz`: the long fuzz run. Every corpus page as it is and with N seeded mutants each,
// through the core pipeline in worker threads; a task that takes longer than the hang bound ends its
// worker and counts as a hang. Prints a table, writes the failures to test-results/fuzz/, and exits 1
// when any mutant threw, hung or yielded unsafe html.
//   npm run fuzz -- --mutants 5 --workers 2 --seed 1 --hang-ms 20000 --limit 50
//   npm run fuzz -- --page <path/to/page.html.gz> --seed 1234   (replays one mutant)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { corpusPages, REPO } from './corpus';
import type { Task, TaskResult } from './worker';
import { quantile } from '../../bench/lib/stats';

const { values } = parseArgs({
  options: {
    mutants: { type: 'string', default: '5' },
    workers: {
      type: 'string',
      default: String(Math.max(1, Math.min(2, os.availableParallelism()))),
    },
    seed: { type: 'string', default: '1' },
    'hang-ms': { type: 'string', default: '20000' },
    limit: { type: 'string' },
    page: { type: 'string' },
  },
});

const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER = new URL('./worker.ts', import.meta.url).href;
const mutantsPerPage = Number(values.mutants);
const workerCount = Number(values.workers);
const baseSeed = Number(values.seed);
const hangMs = Number(values['hang-ms']);

function tasks(): Task[] {
  if (values.page)
    return [
      { id: 0, file: path.resolve(values.page), seed: values.seed === 'none' ? null : baseSeed },
    ];
  let pages = corpusPages();
  if (values.limit) pages = pages.slice(0, Number(values.limit));
  const out: Task[] = [];
  pages.forEach((file, p) => {
    out.push({ id: out.length, file, seed: null });
    for (let k = 0; k < mutantsPerPage; k++)
      out.push({ id: out.length, file, seed: baseSeed * 1_000_003 + p * 1000 + k });
  });
  return out;
}

const queue = tasks();
const all = new Map(queue.map((task) => [task.id, task]));
const results: (TaskResult & { file: string; seed: number | null })[] = [];
const started = performance.now();

function spawn(onIdle: () => void): void {
  // Workers do not inherit tsx's loader: the bootstrap registers it, then loads the TypeScript worker.
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;
  const worker = new Worker(bootstrap, { eval: true });
  let current: { task: Task; since: number } | null = null;
  const next = () => {
    const task = queue.shift();
    if (!task) {
      current = null;
      void worker.terminate();
      onIdle();
      return;
    }
    current = { task, since: performance.now() };
    worker.postMessage(task);
  };
  const watchdog = setInterval(() => {
    if (!current || performance.now() - current.since < hangMs) return;
    const { task } = current;
    results.push({
      id: task.id,
      file: task.file,
      seed: task.seed,
      verdict: 'hang',
      failed: true,
      ms: performance.now() - current.since,
      mutations: [],
      detail: `no answer in ${hangMs} ms`,
    });
    current = null;
    clearInterval(watchdog);
    void worker.terminate();
    spawn(onIdle);
  }, 250);
  worker.on('message', (answer: TaskResult) => {
    const task = all.get(answer.id);
    results.push({ ...answer, file: task?.file ?? '?', seed: task?.seed ?? null });
    if (results.length % 100 === 0)
      process.stderr.write(
        `  ${results.length}/${all.size} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
    next();
  });
  worker.on('error', (error) => {
    if (current)
      results.push({
        id: current.task.id,
        file: current.task.file,
        seed: current.task.seed,
        verdict: 'worker-crash',
        failed: true,
        ms: 0,
        mutations: [],
        detail: String(error),
      });
    current = null;
    clearInterval(watchdog);
    spawn(onIdle);
  });
  worker.on('exit', () => clearInterval(watchdog));
  next();
}

function report(): void {
  const seconds = (performance.now() - started) / 1000;
  const failures = results.filter((r) => r.failed);
  const byVerdict = new Map<string, number>();
  for (const r of results) byVerdict.set(r.verdict, (byVerdict.get(r.verdict) ?? 0) + 1);
  const times = results
    .filter((r) => r.verdict !== 'hang')
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const pages = new Set(results.map((r) => r.file)).size;
  const mutants = results.filter((r) => r.seed !== null).length;
  console.log('\nFuzz run over the corpus');
  console.log(`| pages | mutants | runs | failures | hangs | time | p50 ms | p95 ms | max ms |`);
  console.log(`|---|---|---|---|---|---|---|---|---|`);
  console.log(
    `| ${pages} | ${mutants} | ${results.length} | ${failures.length} | ${byVerdict.get('hang') ?? 0} | ${seconds.toFixed(0)} s | ${quantile(times, 0.5).toFixed(0)} | ${quantile(times, 0.95).toFixed(0)} | ${quantile(times, 1).toFixed(0)} |`,
  );
  console.log(
    `\nverdicts: ${[...byVerdict]
      .sort((a, b) => b[1] - a[1])
      .map(([v, n]) => `${v} ${n}`)
      .join(', ')}`,
  );
  const dir = path.join(REPO, 'test-results', 'fuzz');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'failures.json'), JSON.stringify(failures, null, 2));
  for (const failure of failures.slice(0, 20)) {
    console.log(
      `\nFAIL ${failure.verdict} ${path.relative(REPO, failure.file)} seed ${failure.seed} [${failure.mutations.join(', ')}]\n  ${(failure.detail ?? '').split('\n').slice(0, 4).join('\n  ')}`,
    );
    console.log(
      `  replay: npm run fuzz -- --page ${failure.file} --seed ${failure.seed ?? 'none'}`,
    );
  }
  if (failures.length > 0)
    console.log(
      `\n${failures.length} failures written to ${path.relative(REPO, dir)}/failures.json`,
    );
  process.exitCode = failures.length > 0 ? 1 : 0;
}

let running = Math.min(workerCount, queue.length);
console.log(
  `Fuzzing ${all.size} runs (${mutantsPerPage} mutants per page) on ${running} workers, hang bound ${hangMs} ms`,
);
for (let i = 0, n = running; i < n; i++) {
  spawn(() => {
    running--;
    if (running === 0) report();
  });
}
