// The browser tests need the system Chromium and the test build; say so plainly when either is
// missing instead of skipping.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';

export default function setup() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  const manifest = resolve(
    import.meta.dirname,
    '../..',
    process.env.RINGKAS_DIST ?? 'dist',
    'test/manifest.json',
  );
  if (!existsSync(manifest))
    throw new Error('dist/test is missing: run `npm run build` before the browser tests.');
}
