// Corpus pages for the long fuzz run: located beside the repository, read as their bytes declare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');

/** Every corpus page (`<set>/pages/<id>.html.gz`), or a clear error when the corpus is missing. */
export function corpusPages(root = CORPUS): string[] {
  if (!existsSync(root))
    throw new Error(
      `The corpus is missing: expected it at ${root} (see ../shared/corpus/README.md).`,
    );
  const files: string[] = [];
  for (const set of readdirSync(root).sort()) {
    const pages = path.join(root, set, 'pages');
    if (!existsSync(pages)) continue;
    for (const name of readdirSync(pages).sort())
      if (name.endsWith('.html.gz')) files.push(path.join(pages, name));
  }
  if (files.length === 0) throw new Error(`No pages under ${root}/*/pages/*.html.gz.`);
  return files;
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The page's text, decoded by the charset it declares (UTF-8 when it declares none we know). */
export function readCorpusPage(file: string): string {
  const bytes = gunzipSync(readFileSync(file));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = CHARSET.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
