// Pathological pages at the core level: each ends with a typed answer ("too large", "no article"),
// not a hang or a stack overflow. Bounded by the test timeout; speed is measured elsewhere.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../src/core/read-page';
import { MESSAGES } from '../../../src/core/extract/extract-article';
import { PATHOLOGICAL_PAGES } from './pathological';

describe('pathological pages through the core pipeline', () => {
  for (const page of PATHOLOGICAL_PAGES) {
    const expected = page.coreReason;
    if (expected === null) continue; // needs a running page: covered by tests/e2e/hostile.test.ts
    it(`${page.name} (${page.description}): ${expected}`, { timeout: 60_000 }, () => {
      const { document } = parseHTML(page.html());
      const result = readPage(
        document as unknown as Document,
        'https://news.example.org/pathological',
      );
      expect(result).toEqual({ ok: false, reason: expected, message: MESSAGES[expected] });
      if (expected === 'too-large')
        expect(result.ok || result.message).toMatch(/too large to read/i);
    });
  }
});
