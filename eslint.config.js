// Layer rules are lint errors, not conventions (see ../shared/docs/STYLE.md). The layer map is
// written once, below: each folder of src/ and the folders it may import. Every other folder of
// src/ is forbidden to it, and so is every package bound to a layer it may not import. Loading
// this config fails if a folder of src/ is missing from the map.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

const PAGE = ['ui', 'core', 'contracts', 'platform', 'storage'];

/** layer (a folder of src/) -> the layers it may import (besides itself). */
export const LAYERS = {
  core: [], // pure: runs in Node and every extension context; npm libraries that are pure only
  contracts: ['core'], // what crosses a boundary (messages, settings, i18n): pure, no browser API
  platform: ['core', 'contracts'], // browser adapters over webextension-polyfill
  storage: ['core'], // IndexedDB persistence (Dexie)
  ui: ['core', 'contracts'], // components shared by the pages: data and actions come as props
  popup: PAGE,
  library: PAGE,
  options: PAGE,
  reader: ['ui', 'core', 'contracts'], // the in-page view, rendered by the content script
  content: ['reader', 'ui', 'core', 'contracts', 'platform'], // injected scripts
  background: ['core', 'contracts', 'platform', 'storage'], // the service worker
  cli: ['core'], // the command line: the same pipeline in Node
};

/** Packages that belong to one layer's job, and the layers that may import them. */
const BOUND_PACKAGES = {
  'webextension-polyfill': ['platform'],
  dexie: ['storage'],
  preact: ['ui', 'popup', 'library', 'options', 'reader', 'content'],
};

/** Folders outside src/ that only some layers may read (the UI catalogues in public/). */
const OUTSIDE = { public: ['contracts'] };

const SRC_DIRS = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const unmapped = SRC_DIRS.filter((dir) => !(dir in LAYERS));
if (unmapped.length) throw new Error(`eslint.config.js: add src/${unmapped} to LAYERS`);

const BROWSER_GLOBALS = [
  'chrome',
  'browser',
  'window',
  'document',
  'location',
  'navigator',
  'localStorage',
  'indexedDB',
  'fetch',
  'process',
];

/** no-restricted-imports and no-restricted-syntax (for import() and import types) of one layer. */
function layerRules(layer) {
  const allowed = new Set([layer, ...LAYERS[layer]]);
  const folders = [
    ...Object.keys(LAYERS).filter((other) => !allowed.has(other)),
    ...Object.keys(OUTSIDE).filter((dir) => !OUTSIDE[dir].includes(layer)),
  ];
  const packages = Object.keys(BOUND_PACKAGES).filter(
    (name) => !BOUND_PACKAGES[name].includes(layer),
  );
  const message = `src/${layer} may import only ${[...allowed].join(', ')} (the layer map in eslint.config.js).`;
  const folderPattern = `(^|/)(${folders.join('|')})(/|$)`;
  const packagePattern = `^(${packages.join('|')})(/|$)`;
  const sources = [folders.length && folderPattern, packages.length && packagePattern].filter(
    Boolean,
  );
  // esquery ends a regular expression at the first '/', escaped or not.
  const source = sources.join('|').replaceAll('/', '\\x2F');
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(folders.length ? [{ regex: folderPattern, message }] : []),
          ...(packages.length ? [{ regex: packagePattern, message }] : []),
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      ...(sources.length
        ? [
            { selector: `ImportExpression[source.value=/${source}/]`, message },
            { selector: `TSImportType[argument.literal.value=/${source}/]`, message },
          ]
        : []),
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'bench/results/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Super-linear regexes froze the tab on crafted pages (issue 13): an error, for good. The
    // patterns built at run time are checked by the same rules in tests/unit/core/regex-safety.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message:
            'Never assign page strings to innerHTML; render sanitised HTML through src/core/sanitize.',
        },
        { property: 'outerHTML', message: 'Use the sanitiser, not outerHTML.' },
      ],
    },
  },
  ...Object.keys(LAYERS).map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: layerRules(layer),
  })),
  {
    files: ['src/core/**/*.ts', 'src/contracts/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: 'src/core and src/contracts are pure: take what you need as a parameter.',
        })),
      ],
    },
  },
);
