// The CLI as a person or a script runs it: a child process, JSON on stdout, exit codes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'seed-page.html');
const PAGE_GZ = path.join(ROOT, 'tests', 'fixtures', 'pages', 'antara-lombok.html.gz');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const FIELDS = [
  'ms',
  'title',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'excerpt',
  'leadImage',
  'wordCount',
  'readingMinutes',
  'html',
  'text',
  'removed',
  'sentences',
  'summary',
  'facts',
];

describe('ringkas extract', () => {
  it('prints one JSON result with the named fields', () => {
    const { status, stdout, stderr } = cli(
      'extract',
      SEED,
      '--url',
      'https://habarterkini.net/2025/12/01/pemkab-balangan-pelajari-zona-integritas-di-rsud-ssma-pontianak/',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Record<string, unknown>;
    for (const field of FIELDS) expect(result).toHaveProperty(field);
    expect(result['lang']).toBe('id');
    expect(result['publishedTime']).toBe('2025-12-01T19:42:00+08:00');
    expect(result['text']).not.toContain('Leave A Reply');
    expect(result['html']).not.toMatch(/<script|onclick=/i);
    expect(Object.keys(result['facts'] as object)).toEqual(
      expect.arrayContaining(['people', 'places', 'organizations', 'dates', 'numbers', 'quotes']),
    );
  });

  it('reads gzip pages', () => {
    const { status, stdout } = cli('extract', PAGE_GZ);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { text: string }).text).toContain('Bandara Internasional Lombok');
  });

  it('says on one line that it cannot read a missing page, and exits 1', () => {
    const { status, stdout, stderr } = cli('extract', 'no-such-page.html');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('prints the usage and exits 2 on bad arguments', () => {
    for (const args of [
      [],
      ['extract'],
      ['extract', SEED, '--bogus'],
      ['frobnicate'],
      ['summarize', SEED],
    ]) {
      const { status, stdout, stderr } = cli(...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage:');
    }
  });

  it('reads a page whose class attribute has 125,000 tokens (no call-stack overflow)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringkas-cli-'));
    const file = path.join(dir, 'classes.html');
    const classes = Array.from({ length: 125_000 }, (_, i) => `c${i}`).join(' ');
    const prose =
      '<p>The harbour city switched on its first movable flood barrier on Thursday morning after a decade of planning, officials said.</p>';
    fs.writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Flood barrier</title></head><body><article class="${classes}"><h1>Flood barrier</h1>${prose.repeat(8)}</article></body></html>`,
    );
    const run = cli('extract', file, '--url', 'https://news.example/flood');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { title: string }).title).toBe('Flood barrier');
  });

  it('reads a batch list, one JSON line per page, errors on their own line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringkas-cli-'));
    const list = path.join(dir, 'list.tsv');
    fs.writeFileSync(
      list,
      [
        `seed\t${SEED}\thttps://habarterkini.net/a/`,
        `antara\t${PAGE_GZ}\thttp://www.antaranews.com/berita/527615/x`,
        'gone\tmissing.html\thttps://example.com/',
      ].join('\n'),
    );
    const { status, stdout } = cli('extract', '--batch', list);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'])).toEqual(['seed', 'antara', 'gone']);
    expect(lines[0]).toHaveProperty('text');
    expect(Object.keys(lines[2]!).sort()).toEqual(['error', 'id']);
  });
});

describe('ringkas summarize', () => {
  it('digests ready paragraphs, one JSON line per text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringkas-cli-'));
    const input = path.join(dir, 'texts.jsonl');
    const paragraphs = [
      'Pemerintah Kabupaten Balangan melaksanakan kunjungan kerja ke Kota Pontianak pada Senin.',
      'Rombongan dipimpin Sufrianor dan meninjau RSUD SSMA.',
    ];
    fs.writeFileSync(input, `${JSON.stringify({ id: 'a', paragraphs, lang: 'id' })}\nnot json\n`);
    const { status, stdout } = cli('summarize', '--batch', input);
    expect(status).toBe(0);
    const [first, second] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ id: 'a' });
    expect(Object.keys(first!)).toEqual(['id', 'ms', 'sentences', 'summary', 'facts']);
    expect((first!['sentences'] as string[]).length).toBeGreaterThanOrEqual(2);
    expect(second).toHaveProperty('error');
  });
});

describe('ringkas extract --follow-pages', () => {
  const PAGED = path.join(ROOT, 'tests', 'fixtures', 'paged');
  const expected = (form: string): { paragraphs: string[]; pages: number } =>
    JSON.parse(fs.readFileSync(path.join(PAGED, form, 'expected.json'), 'utf8'));
  const norm = (s: string): string =>
    s
      .replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim();

  it('joins the pages of a saved article from the folders beside it', () => {
    const { status, stdout } = cli(
      'extract',
      path.join(PAGED, 'path', 'article'),
      '--follow-pages',
    );
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as { text: string; pages: { joined: number; failed: number[] } };
    expect(out.pages).toMatchObject({ joined: 3, failed: [] });
    for (const p of expected('path').paragraphs) expect(norm(out.text)).toContain(norm(p));
  });

  it('joins the pages a loopback server serves', async () => {
    const { serveDirectory } = await import('../../../scripts/chromium.mjs');
    const server = await serveDirectory(path.join(ROOT, 'tests', 'fixtures'));
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(ROOT, 'src', 'cli', 'main.ts'),
          'extract',
          `${server.url}/paged/query/article.html`,
          '--follow-pages',
        ],
        { cwd: ROOT },
      );
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      const status = await new Promise<number | null>((done) => child.on('close', done));
      expect(status).toBe(0);
      const out = JSON.parse(stdout) as { text: string; pages: { joined: number; total: number } };
      expect(out.pages).toMatchObject({ joined: 3, total: 3 });
      for (const p of expected('query').paragraphs) expect(norm(out.text)).toContain(norm(p));
      expect(server.requests.filter((r: string) => r.startsWith('/paged/query/'))).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('refuses to reach past this machine', () => {
    const { status, stderr } = cli('extract', 'https://example.com/story', '--follow-pages');
    expect(status).toBe(1);
    expect(stderr).toMatch(/local files or loopback URLs only/);
  });
});
