// The browser tests need the system Chromium, the system Firefox and both test builds; say so
// plainly when one is missing instead of skipping.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { findFirefox, FIREFOX_INSTALL_HINT } from '../../scripts/firefox.mjs';

export default function setup() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (!findFirefox()) throw new Error(FIREFOX_INSTALL_HINT);
  for (const build of ['test', 'test-firefox']) {
    const manifest = resolve(
      import.meta.dirname,
      '../..',
      process.env.RINGKAS_DIST ?? 'dist',
      build,
      'manifest.json',
    );
    if (!existsSync(manifest))
      throw new Error(`dist/${build} is missing: run \`npm run build\` before the browser tests.`);
  }
}
