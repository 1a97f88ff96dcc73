// Reading pages and lists from disk: gzip by extension, pages decoded by their declared charset.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CliError } from './errors';
import { decodeHtml } from './decode-html';

function readBytes(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `cannot read ${file}: no such file`
        : code === 'EISDIR'
          ? `cannot read ${file}: it is a folder`
          : `cannot read ${file} (${code ?? 'error'})`,
    );
  }
  if (file.endsWith('.gz')) {
    try {
      return gunzipSync(bytes);
    } catch {
      throw new CliError(`cannot read ${file}: not a valid gzip file`);
    }
  }
  return bytes;
}

export function readPageFile(file: string): string {
  return decodeHtml(readBytes(file));
}

export function readTextFile(file: string): string {
  return readBytes(file).toString('utf8');
}

/** A path from a list: as given when it exists from here, else beside the list file. */
export function resolveListed(listFile: string, listed: string): string {
  if (path.isAbsolute(listed) || fs.existsSync(listed)) return listed;
  return path.resolve(path.dirname(listFile), listed);
}
