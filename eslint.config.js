// Layer rules are lint errors, not conventions (see ../shared/docs/STYLE.md):
// src/core is pure and may not touch browser APIs or import glue; UIs may not import the
// background; the content script may not import UI code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserGlobals = [
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
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({
          name,
          message: 'src/core is pure: take what you need as a parameter.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/content/**',
            '**/background/**',
            '**/popup/**',
            '**/library/**',
            '**/options/**',
            '**/shared/**',
            'webextension-polyfill',
          ],
        },
      ],
    },
  },
  {
    files: ['src/popup/**', 'src/library/**', 'src/options/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/background/**', '**/content/**'] }],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/popup/**', '**/library/**', '**/options/**', '**/background/**'] },
      ],
    },
  },
  {
    files: ['src/background/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/popup/**', '**/library/**', '**/options/**', '**/content/**'] },
      ],
    },
  },
);
