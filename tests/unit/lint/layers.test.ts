// The layer map of eslint.config.js, proved on sample files: a forbidden import is a lint error,
// an allowed one is not. ESLint runs over text with a path inside src/, so the real config applies.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { LAYERS } from '../../../eslint.config.js';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2)
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const FORBIDDEN: [file: string, code: string][] = [
  ['src/ui/x.tsx', "import { PopupApp } from '../popup/popup-app';\nexport const a = PopupApp;\n"],
  [
    'src/contracts/x.ts',
    "import { LibraryPage } from '../library/library-page';\nexport const a = LibraryPage;\n",
  ],
  ['src/core/x.ts', "import { readTab } from '../platform/read-tab';\nexport const a = readTab;\n"],
  [
    'src/core/facts/x.ts',
    "import browser from 'webextension-polyfill';\nexport const a = browser;\n",
  ],
  [
    'src/popup/x.tsx',
    "import { LibraryPage } from '../library/library-page';\nexport const a = LibraryPage;\n",
  ],
  [
    'src/ui/x.tsx',
    "import { LibraryStore } from '../storage/library-store';\nexport const a = LibraryStore;\n",
  ],
  [
    'src/cli/x.ts',
    "import { translator } from '../contracts/locales';\nexport const a = translator;\n",
  ],
  [
    'src/storage/x.ts',
    "import { loadSettings } from '../platform/settings-store';\nexport const a = loadSettings;\n",
  ],
  [
    'src/background/x.ts',
    "import { PopupApp } from '../popup/popup-app';\nexport const a = PopupApp;\n",
  ],
  ['src/core/x.ts', "export const load = () => import('../storage/library-store');\n"],
  ['src/ui/x.ts', "export type S = import('../storage/library-store').LibraryStore;\n"],
];

const ALLOWED: [file: string, code: string][] = [
  [
    'src/popup/x.tsx',
    "import { LibraryStore } from '../storage/library-store';\nimport { readTab } from '../platform/read-tab';\nexport const a = [LibraryStore, readTab];\n",
  ],
  ['src/ui/x.tsx', "import { analyze } from '../core/analyze';\nexport const a = analyze;\n"],
  [
    'src/core/facts/x.ts',
    "import { tokenize } from '../text/tokens';\nimport * as v from 'valibot';\nexport const a = [tokenize, v];\n",
  ],
  [
    'src/content/x.ts',
    "import { ReaderApp } from '../reader/reader-app';\nexport const a = ReaderApp;\n",
  ],
  ['src/library/x.ts', "export const load = () => import('../storage/library-store');\n"],
];

describe('the layer map', () => {
  it('names every folder of src/', () => {
    const dirs = readdirSync(new URL('../../../src', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(dirs.filter((dir) => !(dir in LAYERS))).toEqual([]);
  });

  it.each(FORBIDDEN)('%s: a forbidden import is an error', async (file, code) => {
    const errors = await layerErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/layer map/);
  });

  it.each(ALLOWED)('%s: an allowed import is not', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
