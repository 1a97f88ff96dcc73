// A bounded, seeded fuzz run over the repository's own fixtures (the long run over the corpus is
// `npm run fuzz`): every mutant ends with a well-formed result, without an exception, and with html
// that passes the sanitiser invariants. A hang fails through the test timeout.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPage, type CheckResult } from '../../fuzz/check';
import { mutate } from '../../fuzz/mutate';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const MUTANTS = 200;
const SEED = 20251128;

function fixturePages(): { name: string; html: string }[] {
  const files = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')),
    ...readdirSync(path.join(FIXTURES, 'hostile'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `hostile/${f}`),
  ];
  return files.map((name) => ({ name, html: readFileSync(path.join(FIXTURES, name), 'utf8') }));
}

describe('fuzzing the core pipeline (bounded)', () => {
  it(
    `${MUTANTS} seeded mutants of the fixture pages never throw and never yield unsafe html`,
    { timeout: 120_000 },
    () => {
      const pages = fixturePages();
      expect(pages.length).toBeGreaterThan(5);
      const failures: string[] = [];
      const verdicts = new Map<string, number>();
      const note = (label: string, result: CheckResult) => {
        verdicts.set(result.verdict, (verdicts.get(result.verdict) ?? 0) + 1);
        if (result.failed)
          failures.push(`${label}: ${result.verdict} ${result.detail ?? ''}`.slice(0, 500));
      };
      for (const page of pages)
        note(page.name, checkPage(page.html, `https://news.example.org/${page.name}`));
      for (let i = 0; i < MUTANTS; i++) {
        const page = pages[i % pages.length] as { name: string; html: string };
        const seed = SEED + i;
        const mutant = mutate(page.html, seed);
        note(
          `${page.name} seed ${seed} [${mutant.mutations.join(', ')}]`,
          checkPage(mutant.html, `https://news.example.org/${page.name}`),
        );
      }
      expect(failures).toEqual([]);
      // The mutants must still exercise extraction, not only the refusals.
      expect(verdicts.get('article') ?? 0).toBeGreaterThan(MUTANTS / 4);
    },
  );
});
