// Every regular expression the core builds at run time (the date, number, entity, quote and
// clutter patterns of every language pack) passes the same static analysis that `npm run lint`
// applies to the literals in src: eslint-plugin-regexp's no-super-linear-backtracking and
// no-super-linear-move. Nothing is timed: the analysis proves the bound on the pattern itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { parseHTML } from 'linkedom';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const SRC = `${path.sep}src${path.sep}`;

/** Records every RegExp built by code in src/ while the pipeline runs. */
function recordPatterns(): Map<string, { source: string; flags: string }> {
  const seen = new Map<string, { source: string; flags: string }>();
  const Native = RegExp;
  const note = (re: RegExp): RegExp => {
    const stack = new Error().stack ?? '';
    if (stack.includes(SRC)) seen.set(`/${re.source}/${re.flags}`, re);
    return re;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args, newTarget) =>
      note(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
    apply: (target, self, args) => note(Reflect.apply(target, self, args) as RegExp),
  });
  return seen;
}

const SAMPLE = [
  'On Monday (1/12/25) and Senin, 1 Desember 2025, the minister said "we will act" in Jakarta.',
  'Last Tuesday, 3 March 2024, Rp 5 miliar and 12.5 million dollars went to PT Bank Rakyat.',
  'Kemarin, Presiden Joko Widodo mengatakan, "Kita akan bangun 1.000 rumah sejak 2003."',
];

describe('regular expressions built at run time', () => {
  it('are linear for every language pack (no super-linear backtracking or move)', async () => {
    const seen = recordPatterns();
    try {
      const { analyze } = await import('../../../../src/core/analyze');
      const { packCodes } = await import('../../../../src/core/text/packs');
      const { readPage } = await import('../../../../src/core/read-page');
      for (const lang of [...packCodes(), 'und'])
        analyze(SAMPLE, { lang, publishedTime: '2025-12-03T08:00:00Z', title: 'Sample' });
      const seed = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'seed-page.html'), 'utf8');
      const { document } = parseHTML(seed);
      readPage(document as unknown as Document, 'https://news.example/a', {
        disposableDocument: true,
      });
    } finally {
      globalThis.RegExp = Object.getPrototypeOf(/x/).constructor as RegExpConstructor;
    }
    // Several date patterns for each pack with dates; a recorder that saw nothing proves nothing.
    expect(seen.size).toBeGreaterThan(20);

    const patterns = [...seen.values()];
    const code = patterns
      .map(
        (re, i) =>
          `export const r${i} = new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)});`,
      )
      .join('\n');
    const messages = new Linter({ configType: 'flat' }).verify(code, [
      {
        languageOptions: { ecmaVersion: 2025, sourceType: 'module' },
        plugins: { regexp },
        rules: {
          'regexp/no-super-linear-backtracking': 'error',
          'regexp/no-super-linear-move': ['error', { ignorePartial: false, ignoreSticky: false }],
        },
      },
    ]);
    const problems = messages.map((m) => `${patterns[m.line - 1]!.source}: ${m.message}`);
    expect(problems).toEqual([]);
  });
});
