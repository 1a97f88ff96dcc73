// The build refuses an injected script over 40 KB gzipped (scripts/injected-size.mjs).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { INJECTED_LIMIT_BYTES, oversizedInjected } from '../../scripts/injected-size.mjs';

describe('injected script size check', () => {
  it('passes small scripts and names the one past the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringkas-injected-'));
    try {
      writeFileSync(join(dir, 'read.js'), 'var a = 1;\n'.repeat(2000));
      // Random bytes do not compress: about 50 KB gzipped.
      writeFileSync(join(dir, 'reader.js'), randomBytes(50 * 1024).toString('base64'));
      writeFileSync(join(dir, 'notes.txt'), randomBytes(60 * 1024).toString('base64'));
      const over = oversizedInjected(dir);
      expect(over).toHaveLength(1);
      expect(over[0]).toMatch(/^content\/reader\.js is \d+\.\d KB gzipped/);
      expect(oversizedInjected(dir, 1024 * 1024)).toEqual([]);
      expect(INJECTED_LIMIT_BYTES).toBe(40 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
