// Loads the multi-page fixtures (tests/fixtures/paged) as the test server serves them:
// `article.html?page=2` from `article@page=2.html`, a folder from its index.html.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { PageLoader } from '../../../../src/core/extract/collect-pages';

export const PAGED = path.resolve(import.meta.dirname, '../../../fixtures/paged');
export const ORIGIN = 'http://127.0.0.1:8123';
export const FORMS = ['query', 'path', 'rel-next', 'next-phrase', 'show-all'] as const;

export interface PagedExpected {
  form: string;
  pages: number;
  first: string;
  paragraphs: string[];
}

export function expectedOf(form: string): PagedExpected {
  return JSON.parse(
    fs.readFileSync(path.join(PAGED, form, 'expected.json'), 'utf8'),
  ) as PagedExpected;
}

export function fileOf(url: string): string | null {
  const u = new URL(url);
  if (u.origin !== ORIGIN || !u.pathname.startsWith('/paged/')) return null;
  let file = path.join(PAGED, decodeURIComponent(u.pathname.slice('/paged/'.length)));
  if (u.search) {
    const variant = file.replace(/(\.[a-z]+)?$/, `@${decodeURIComponent(u.search.slice(1))}$1`);
    if (fs.existsSync(variant)) return variant;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) ? file : null;
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A loader over the fixtures that records what it was asked for. */
export function fixtureLoader(asked: string[] = []): PageLoader {
  return async (url) => {
    asked.push(url);
    const file = fileOf(url);
    return file ? parse(fs.readFileSync(file, 'utf8')) : null;
  };
}

export function firstUrl(form: string): string {
  return `${ORIGIN}/paged/${form}/${expectedOf(form).first}`;
}
