// `web-ext lint` of a Firefox build (a folder or a store archive), held to: no error, and no
// warning from our own code. A warning may remain only when it sits inside a bundled library
// that the store's reviewers know (each is listed below with why it is there); anything else,
// or a library warning elsewhere than in its library, fails.
// Usage: node scripts/firefox-lint.mjs [dist/firefox | artifacts/ringkas-firefox-X.zip]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';

/** innerHTML assignments inside bundled libraries, recognised by the code around them. */
export const LIBRARY_WARNINGS = [
  {
    library: 'preact (dangerouslySetInnerHTML, fed only by the DOMPurify sink in src/ui)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /\.__html/,
  },
  {
    library: '@mozilla/readability (works on a detached clone of the page)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /_attempts|_isSingleImage|content after paging/,
  },
  {
    library: 'linkedom (the DOM-less parser of the background: outerHTML and fragment parsing)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /replaceWith\(\.\.\.\w+\.childNodes\)|let\{firstChild:\w+,lastChild:\w+\}/,
  },
  {
    library: 'dompurify (parses the untrusted HTML into an inert template document)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /createDocument\([^)]*`template`/,
  },
];

function sourceAround(root, warning) {
  if (!warning.file || !warning.line) return '';
  const line = readFileSync(join(root, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  return line.slice(Math.max(0, column - 160), column + 80);
}

/** Lints a folder; returns {errors, ours, libraries} (lists of messages). */
export function lintFirefox(target) {
  let root = resolve(target);
  let scratch;
  if (statSync(root).isFile()) {
    scratch = mkdtempSync(join(tmpdir(), 'ringkas-lint-'));
    for (const [name, data] of Object.entries(unzipSync(readFileSync(root)))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(scratch, name)), { recursive: true });
      writeFileSync(join(scratch, name), data);
    }
    root = scratch;
  }
  try {
    let output;
    try {
      output = execFileSync(
        'npx',
        ['web-ext', 'lint', '--source-dir', root, '--self-hosted=false', '--output=json'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      // web-ext exits non-zero on errors but still prints its report.
      output = error.stdout;
    }
    const report = JSON.parse(output.slice(output.indexOf('{')));
    const libraries = [];
    const ours = [];
    for (const warning of report.warnings) {
      const around = sourceAround(root, warning);
      const known = LIBRARY_WARNINGS.find((l) => l.code === warning.code && l.near.test(around));
      const where = `${warning.file ?? '?'}:${warning.line ?? '?'}:${warning.column ?? '?'}`;
      if (known) libraries.push(`${warning.code} in ${known.library} (${where})`);
      else ours.push(`${warning.code} ${where}: ${warning.message}`);
    }
    return {
      errors: report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`),
      ours,
      libraries,
    };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2] ?? 'dist/firefox';
  const { errors, ours, libraries } = lintFirefox(target);
  console.log(
    `web-ext lint ${target}: ${errors.length} errors, ${ours.length} warnings from our code, ${libraries.length} inside bundled libraries`,
  );
  for (const line of libraries) console.log(`  library: ${line}`);
  for (const line of [...errors, ...ours]) console.error(`  ${line}`);
  if (errors.length || ours.length) process.exitCode = 1;
}
