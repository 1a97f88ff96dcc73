// Every script Ringkas injects into pages is compiled afresh in every tab (an injected file gets
// no code cache), so each stays small: at most 40 KB gzipped. The build fails past that.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INJECTED_LIMIT_BYTES = 40 * 1024;

/** Gzipped size of every .js file in the folder of injected scripts, largest first. */
export function injectedSizes(contentDir) {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({
      name,
      gzipBytes: gzipSync(readFileSync(join(contentDir, name)), { level: 9 }).length,
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The injected scripts over the limit, with a message for each (none when all fit). */
export function oversizedInjected(contentDir, limit = INJECTED_LIMIT_BYTES) {
  return injectedSizes(contentDir)
    .filter((entry) => entry.gzipBytes > limit)
    .map(
      (entry) =>
        `content/${entry.name} is ${(entry.gzipBytes / 1024).toFixed(1)} KB gzipped; injected scripts may be at most ${limit / 1024} KB.`,
    );
}
