// The extension pages (popup, options, library) as ES modules, Preact with its preset.
// `npm run build` (scripts/build.mjs) uses this for its first pass, then builds the background
// and the injected content scripts as classic scripts, and writes each browser's manifest.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const src = resolve(import.meta.dirname, 'src');
export const PAGES = ['popup', 'options', 'library'].filter((name) =>
  existsSync(resolve(src, `${name}.html`)),
);

export default defineConfig({
  root: src,
  publicDir: resolve(import.meta.dirname, 'public'),
  plugins: [preact()],
  base: '',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/.staging'),
    emptyOutDir: true,
    target: 'es2022',
    // The popup's chunks arrive together, not as a waterfall of imports (no polyfill: the
    // browsers Ringkas supports all preload modules).
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((name) => [name, resolve(src, `${name}.html`)])),
    },
  },
});
