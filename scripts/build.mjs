// npm run build: one staging build, then three loadable folders with their own manifests:
//   dist/chrome   release build for Chrome (background service worker)
//   dist/firefox  release build for Firefox (background scripts, gecko settings)
//   dist/test     Chrome build with loopback host permissions, for headless browser tests only
//                 (activeTab is granted only by a real toolbar click, which a headless run lacks).
// Vite runs three passes (see ../shared/docs/TOOLCHAIN.md): the extension pages as ES modules, then
// the background and each content script as one classic IIFE file each.
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';
import preact from '@preact/preset-vite';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor, TARGETS } from './manifest.mjs';
import { oversizedInjected } from './injected-size.mjs';
import { injectedCatalogues } from './injected-catalogues.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// RINGKAS_DIST moves the output (two builds side by side, or a scratch build in tests).
const dist = resolve(root, process.env.RINGKAS_DIST ?? 'dist');
const staging = resolve(dist, '.staging');
const quiet = { logLevel: process.env.BUILD_VERBOSE ? 'info' : 'warn' };

/** Classic scripts: injected content scripts and the background worker. Name -> entry. */
const classicScripts = {
  background: 'src/background/background.ts',
  'content/read': 'src/content/read.ts',
  'content/pages': 'src/content/pages.ts',
  'content/reader': 'src/content/reader.ts',
  'content/auto': 'src/content/auto.ts',
  'content/sanitize': 'src/content/sanitize.ts',
  'popup-early': 'src/popup/early.ts',
};

rmSync(dist, { recursive: true, force: true });

await build({
  ...quiet,
  configFile: resolve(root, 'vite.config.ts'),
  build: { outDir: staging, emptyOutDir: true },
});

for (const [name, entry] of Object.entries(classicScripts)) {
  // The value of an injected file is its last expression: the footer names the result so that
  // scripting.executeScript({files}) hands it back to the caller.
  const global = `Ringkas_${name.replace(/\W/g, '_')}`;
  await build({
    ...quiet,
    configFile: false,
    publicDir: false,
    plugins: [preact(), ...(name.startsWith('content/') ? [injectedCatalogues] : [])],
    // Injected scripts use only promise-based APIs of the browser's own namespace.
    resolve: name.startsWith('content/')
      ? { alias: { 'webextension-polyfill': resolve(root, 'src/platform/native-browser.ts') } }
      : {},
    // Library mode leaves process.env alone; an extension has no process.
    define: { 'process.env': JSON.stringify({ NODE_ENV: 'production' }) },
    build: {
      outDir: staging,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      lib: {
        entry: resolve(root, entry),
        formats: ['iife'],
        name: global,
        fileName: () => `${name}.js`,
      },
      rollupOptions: { output: { footer: `${global}.result;` } },
    },
  });
}

// The entity models and gazetteers are data files the extension fetches from itself (never
// bundled into a script, so never injected into a page): lang/<code>/ner.bin, the trained
// ner.json packed to be read without parsing (src/core/ner/packed.ts), and gazetteer.json. Not
// gzipped: the store's archive compresses it anyway, and inflating it cost 10-15 ms before
// the first digest of a context that had not loaded it yet (issue 17).
const { packNerModel } = await tsImport('../src/core/ner/packed.ts', import.meta.url);
const packs = resolve(root, 'src', 'core', 'lang', 'packs');
for (const code of readdirSync(packs)) {
  const model = resolve(packs, code, 'ner.json');
  const gazetteer = resolve(packs, code, 'gazetteer.json');
  if (!existsSync(model) && !existsSync(gazetteer)) continue;
  mkdirSync(resolve(staging, 'lang', code), { recursive: true });
  if (existsSync(model))
    writeFileSync(
      resolve(staging, 'lang', code, 'ner.bin'),
      packNerModel(JSON.parse(readFileSync(model, 'utf8'))),
    );
  if (existsSync(gazetteer)) cpSync(gazetteer, resolve(staging, 'lang', code, 'gazetteer.json'));
}

// Injected scripts are compiled in every tab: the build refuses one that grew too large.
const oversized = oversizedInjected(resolve(staging, 'content'));
if (oversized.length) {
  for (const line of oversized) console.error(line);
  process.exit(1);
}

const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
for (const target of TARGETS) {
  const out = resolve(dist, target);
  mkdirSync(out, { recursive: true });
  cpSync(staging, out, { recursive: true });
  writeFileSync(
    resolve(out, 'manifest.json'),
    JSON.stringify(manifestFor(source, target, version), null, 2),
  );
}
rmSync(staging, { recursive: true, force: true });
console.log(`built ${TARGETS.map((t) => resolve(dist, t)).join(', ')}`);
