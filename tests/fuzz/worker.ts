// One fuzz worker: takes (page, seed) tasks from the runner and answers with the verdict. A worker
// that stops answering is ended by the runner, which counts the task as a hang.
import { parentPort } from 'node:worker_threads';
import path from 'node:path';
import { checkPage } from './check';
import { mutate } from './mutate';
import { readCorpusPage } from './corpus';

export interface Task {
  id: number;
  file: string;
  /** null: the page as it is. */
  seed: number | null;
}

export interface TaskResult {
  id: number;
  verdict: string;
  failed: boolean;
  ms: number;
  detail?: string;
  mutations: string[];
}

let cached: { file: string; html: string } | null = null;

parentPort?.on('message', (task: Task) => {
  if (cached?.file !== task.file) cached = { file: task.file, html: readCorpusPage(task.file) };
  const mutant =
    task.seed === null ? { html: cached.html, mutations: [] } : mutate(cached.html, task.seed);
  const url = `https://fuzz.example.org/${path.basename(task.file, '.html.gz')}`;
  const result = checkPage(mutant.html, url);
  const answer: TaskResult = {
    id: task.id,
    verdict: result.verdict,
    failed: result.failed,
    ms: result.ms,
    mutations: mutant.mutations,
  };
  if (result.detail) answer.detail = result.detail.slice(0, 2000);
  parentPort?.postMessage(answer);
});
