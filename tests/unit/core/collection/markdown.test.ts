import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import {
  articleToMarkdown,
  clipboardMarkdown,
  htmlToMarkdown,
} from '../../../../src/core/collection/markdown';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('markdown', () => {
  const hostile = saved(1, {
    title: 'Judul <b>&</b> "kutipan"',
    html: '<h2>Sub</h2><p>Hello <strong>bold</strong> and <a href="https://x.test/a b">link</a>.<script>alert(1)</script></p><ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote><p>1. not a list</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2|3</td></tr></table><img src="javascript:alert(1)" alt="x"><img src="https://x.test/p.jpg" alt="pic" onerror="alert(1)">',
  });

  it('converts sanitised HTML to Markdown', () => {
    expect(htmlToMarkdown(hostile.html, win)).toBe(
      [
        '## Sub',
        'Hello **bold** and [link](<https://x.test/a%20b>).',
        '- one\n- two',
        '> quoted',
        '1\\. not a list',
        '| a | b |\n| --- | --- |\n| 1 | 2\\|3 |',
        '![pic](<https://x.test/p.jpg>)',
      ].join('\n\n'),
    );
  });

  it('writes the facts as YAML front matter', () => {
    const md = articleToMarkdown(saved(4), win);
    expect(md.startsWith('---\ntitle: "Jembatan baru nomor 4 diresmikan"\n')).toBe(true);
    expect(md).toContain('people:\n  - { name: "Siti Rahma 4", role: null }');
    expect(md).toContain('numbers:\n  - { text: "Rp 12 miliar", value: 12000000000, unit: "IDR" }');
    expect(md).toContain('\n---\n\n# Jembatan baru nomor 4 diresmikan\n');
  });
});

describe('clipboardMarkdown', () => {
  it('is the title, the source link, the facts as a short list and the text: no front matter', () => {
    const record = saved(4);
    const labels: Record<string, string> = {
      markdownSource: 'Source',
      factsTitle: 'Key facts',
      factsPeople: 'People',
      factsNumbers: 'Numbers',
      factsPlaces: 'Places',
      factsOrganizations: 'Organisations',
      factsDates: 'Dates',
      factsQuotes: 'Quotes',
    };
    const md = clipboardMarkdown(record, record.digest, win, (key) => labels[key] ?? key);
    expect(md.startsWith('# Jembatan baru nomor 4 diresmikan\n\nSource: [')).toBe(true);
    expect(md).not.toContain('---');
    expect(md).not.toMatch(/^title:/m);
    expect(md).toContain(`(<${record.canonicalUrl || record.url}>)`);
    expect(md).toContain('**Key facts**\n\n- **');
    // Every top fact is on the list, once, under its kind.
    for (const fact of record.digest.facts.top) expect(md).toContain(fact.label);
    const factLines = md.split('\n').filter((line) => line.startsWith('- **'));
    expect(factLines.length).toBeLessThanOrEqual(6);
    expect(md.trimEnd().endsWith(htmlToMarkdown(record.html, win))).toBe(true);
  });
});
