// The legible font is the npm package's own files, with its licence (issue 15, item 5).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { LEGIBLE_FACES } from '../../../src/ui/legible-font';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACKAGE = dirname(
  createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/package.json'),
);

describe('public/fonts', () => {
  it.each(LEGIBLE_FACES.map((face) => face.file))('%s is the package file', (file) => {
    expect(
      readFileSync(join(ROOT, 'public/fonts', file)).equals(
        readFileSync(join(PACKAGE, 'files', file)),
      ),
    ).toBe(true);
  });

  it('ships the SIL Open Font License with them', () => {
    const licence = readFileSync(join(ROOT, 'public/fonts/OFL.txt'), 'utf8');
    expect(licence).toBe(readFileSync(join(PACKAGE, 'LICENSE'), 'utf8'));
    expect(licence).toContain('SIL Open Font License');
  });

  it('the pages declare the same faces as the in-page reader', () => {
    const css = readFileSync(join(ROOT, 'src/ui/fonts.css'), 'utf8');
    for (const { file } of LEGIBLE_FACES) expect(css).toContain(`/fonts/${file}`);
  });
});
