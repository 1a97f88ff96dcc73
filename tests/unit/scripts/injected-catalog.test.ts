// The injected scripts' catalogues leave out the strings only extension pages show; none of the
// keys the code injected into pages names may be among them, or the reader would show a key.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { injectedCatalog, isPageOnlyKey } from '../../../scripts/injected-catalog.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const catalog = JSON.parse(
  readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('injected catalogue', () => {
  it('keeps every key the injected code names', () => {
    // Everything the content scripts can import (eslint's LAYERS for content/).
    const dirs = ['content', 'reader', 'ui', 'core', 'contracts', 'platform'];
    const named = new Set<string>();
    for (const file of dirs.flatMap((dir) => sources(join(ROOT, 'src', dir)))) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z][\w]*)['"`]/g))
        if (key && key in catalog) named.add(key);
    }
    expect(named.size).toBeGreaterThan(50);
    // The options page's site errors come from contracts/sites.ts, which the reader never shows.
    const shown = [...named].filter((key) => !key.startsWith('siteError'));
    expect(shown.filter(isPageOnlyKey)).toEqual([]);
  });

  it('leaves the page-only keys out of the bundled JSON', async () => {
    const text = await injectedCatalog().load(join(ROOT, 'public/_locales/id/messages.json'));
    const kept = JSON.parse(text ?? '{}') as Record<string, unknown>;
    expect(Object.keys(kept).some((key) => key.startsWith('library_'))).toBe(false);
    expect(kept.factsTitle).toBeDefined();
    await expect(injectedCatalog().load(join(ROOT, 'package.json'))).resolves.toBeNull();
  });
});
