// Markdown export and "Copy as Markdown" never let raw HTML out (issue 13, item 7): whatever the
// saved article holds, a CommonMark renderer that allows raw HTML (markdown-it with html: true,
// as many note apps run it) finds no HTML in the output, and the text reads as it was.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { articleToMarkdown, htmlToMarkdown } from '../../../../src/core/collection/markdown';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { sampleArticle } from './sample-article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const md = new MarkdownIt({ html: true, linkify: false });

type Token = ReturnType<typeof md.parse>[number];
const htmlTokens = (tokens: Token[]): string[] =>
  tokens.flatMap((t) => [
    ...(t.type === 'html_block' || t.type === 'html_inline' ? [t.content] : []),
    ...htmlTokens(t.children ?? []),
  ]);

const PAYLOAD = '&lt;img src=x onerror=alert(1)&gt;';
const CASES: Record<string, string> = {
  'inline code with a blank line': `<p>Run <code>a\n\n${PAYLOAD}</code> now.</p>`,
  'inline code with backticks': `<p><code>\`\`\` \`x\` ${PAYLOAD}</code></p>`,
  'inline code starting with a backtick': `<p><code>\`${PAYLOAD}</code></p>`,
  'pre with fences inside': `<pre>~~~~\n\`\`\`\n\`\`\`\`\n${PAYLOAD}\n</pre><p>after</p>`,
  'pre with a long backtick run': `<pre>\`\`\`\`\`\`\`\`\n${PAYLOAD}</pre>`,
  'escaped tag in text': `<p>${PAYLOAD}</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`,
  'escaped tag after a line break': `<p>one<br>${PAYLOAD}</p>`,
  'entity-looking text': '<p>&amp;lt;img src=x onerror=alert(1)&amp;gt; and &amp;amp;</p>',
  'autolink-looking text': '<p>&lt;https://evil.test&gt; and &lt;a@b.test&gt;</p>',
  'comment and declaration text': '<p>&lt;!-- x --&gt; &lt;!DOCTYPE html&gt; &lt;?php ?&gt;</p>',
  'heading and table': `<h2>${PAYLOAD}</h2><table><tr><td>${PAYLOAD}<br>\n\n${PAYLOAD}</td></tr></table>`,
  'link and image text': `<p><a href="https://x.test/">${PAYLOAD}</a><img src="https://x.test/i.png" alt="${PAYLOAD}"></p>`,
  'list and quote': `<ul><li>${PAYLOAD}</li></ul><blockquote><p>${PAYLOAD}</p></blockquote>`,
};

describe('Markdown by the CommonMark rules', () => {
  it.each(Object.entries(CASES))('%s renders no raw HTML', (_name, html) => {
    const markdown = htmlToMarkdown(html, win);
    expect(htmlTokens(md.parse(markdown, {}))).toEqual([]);
    const rendered = new JSDOM(md.render(markdown)).window.document.body;
    expect(
      rendered.querySelector('img:not([src^="https://x.test/"]), script, [onerror]'),
    ).toBeNull();
  });

  it('keeps the words of code and text', () => {
    const out = (html: string) =>
      new JSDOM(md.render(htmlToMarkdown(html, win))).window.document.body.textContent?.trim();
    expect(out(CASES['inline code with a blank line']!)).toBe(
      'Run a <img src=x onerror=alert(1)> now.',
    );
    expect(out(CASES['entity-looking text']!)).toBe('&lt;img src=x onerror=alert(1)&gt; and &amp;');
    expect(out(CASES['pre with fences inside']!)).toBe(
      '~~~~\n```\n````\n<img src=x onerror=alert(1)>\nafter'.replace('\nafter', '\n\nafter'),
    );
  });

  it('the whole file, front matter included, renders no raw HTML where front matter is not known', () => {
    const raw = '<img src=x onerror=alert(1)>';
    const base = makeSavedArticle(sampleArticle(1), 'id-1', 1000);
    const record = {
      ...base,
      title: `Title ${raw}\n\n${raw}`,
      byline: raw,
      tags: [raw],
      html: CASES['inline code with a blank line']!,
      digest: {
        ...base.digest,
        summary: [{ text: raw, sentence: 0 }],
        facts: { ...base.digest.facts, quotes: [{ text: raw, speaker: raw, sentence: 0 }] },
      },
    };
    const markdown = articleToMarkdown(record, win);
    expect(htmlTokens(md.parse(markdown, {}))).toEqual([]);
  });
});
