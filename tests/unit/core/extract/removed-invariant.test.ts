// Nothing dropped unseen (issue 12): over every corpus page, the words the clean-up keeps and the
// words it lists as removed add up to the words Readability gave it, and no rule takes a block
// holding most of the article.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { cleanUp } from '../../../../src/core/extract/clean-up';
import { CLEANUP } from '../../../../src/core/extract/clean-up-rules';
import { countWords, plainText } from '../../../../src/core/extract/plain-text';
import { corpusPages, readCorpusPage } from '../../../fuzz/corpus';

/** Counts differ by a few words where text runs across the edge of a removed element. */
const MARGIN = (total: number): number => Math.max(3, Math.ceil(0.01 * total));

describe('the removed list accounts for every word taken', () => {
  it('kept + removed = what Readability gave, on every corpus page', { timeout: 600_000 }, () => {
    const files = corpusPages();
    expect(files.length).toBeGreaterThan(600);
    const mismatches: string[] = [];
    const majority: string[] = [];
    let checked = 0;
    for (const file of files) {
      const { document } = parseHTML(readCorpusPage(file));
      const root = new Readability<Element>(document as unknown as Document, {
        keepClasses: true,
        serializer: (el) => el as Element,
      }).parse()?.content;
      if (!root) continue;
      const total = countWords(plainText(root));
      const { removed } = cleanUp(root);
      const kept = countWords(plainText(root));
      const listed = removed.reduce((n, block) => n + block.words, 0);
      checked++;
      if (Math.abs(kept + listed - total) > MARGIN(total))
        mismatches.push(`${file}: kept ${kept} + removed ${listed} != ${total}`);
      for (const block of removed)
        if (block.words > CLEANUP.maxRemovedShare * total)
          majority.push(`${file}: ${block.kind} took ${block.words} of ${total}`);
    }
    expect(checked).toBeGreaterThan(600);
    expect(mismatches).toEqual([]);
    expect(majority).toEqual([]);
  });
});
