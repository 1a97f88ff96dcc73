// Locating and reading the evaluation corpora in ../shared/corpus (read-only, never copied).
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../src/cli/decode-html';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
// RINGKAS_CORPUS points elsewhere (a worktree under /work/wt has no ../shared beside it).
export const corpusRoot = process.env['RINGKAS_CORPUS']
  ? path.resolve(process.env['RINGKAS_CORPUS'])
  : path.resolve(repoRoot, '..', 'shared', 'corpus');

export function corpusDir(name: string): string {
  const dir = path.join(corpusRoot, name);
  if (!fs.existsSync(dir)) {
    throw new Error(
      `Corpus "${name}" not found at ${dir}. The benchmark needs ../shared/corpus beside the repository.`,
    );
  }
  return dir;
}

export function readPageHtml(dir: string, id: string): string {
  const bytes = gunzipSync(fs.readFileSync(path.join(dir, 'pages', `${id}.html.gz`)));
  return decodeHtml(bytes);
}

export interface TruthPage {
  id: string;
  url: string;
  articleBody: string;
}

export function readTruth(dir: string): TruthPage[] {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  return Object.entries(raw)
    .map(([id, v]) => ({ id, url: v.url, articleBody: v.articleBody }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface SnippetPage {
  id: string;
  url: string;
  with: string[];
  without: string[];
}

export function readSnippets(dir: string): SnippetPage[] {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'snippets.json'), 'utf8')) as Record<
    string,
    { url: string; with?: string[]; without?: string[] }
  >;
  return Object.entries(raw)
    .map(([id, v]) => ({ id, url: v.url, with: v.with ?? [], without: v.without ?? [] }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
