// Markdown export: one file per article, its metadata and facts as YAML front matter, its body
// converted from the sanitised HTML by a small walker over the DOM (headings, paragraphs,
// lists, quotes, links, images, emphasis, code, tables as plain rows). The article HTML is
// sanitised first through core/sanitize, so only the tags it allows can reach the walker.
import type { WindowLike } from 'dompurify';
import { cardText, FACT_KINDS, type FactKindSpec } from '../facts/fact-kinds';
import type { Article } from '../schema/article';
import type { Digest } from '../schema/digest';
import { sanitizeToFragment } from '../sanitize';
import type { SavedArticle } from '../schema/saved-article';
import { isTime } from '../time';

const ELEMENT = 1;
const TEXT = 3;

/**
 * Characters that would start Markdown syntax inside running text. `<` (raw HTML, autolinks) and
 * `&` (entity references) are escaped too: CommonMark makes any ASCII punctuation after a
 * backslash literal, so `\<img ...>` is text, never an element.
 */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>&])/g, '\\$1');
}
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=~-])/, '$1\\$2').replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
}

/** The longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * A CommonMark code span: its content on one line (a blank line would end the paragraph and
 * free what follows, `<img onerror>` included), fenced by more backticks than any run inside,
 * padded when it starts or ends with a backtick or a space (the renderer strips one each side).
 */
function codeSpan(raw: string): string {
  const text = raw.replace(/[\r\n]+/g, ' ');
  if (!text.trim()) return '';
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block: the fence is longer than any backtick run in it, so nothing closes it early. */
function codeBlock(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}\n${text}\n${fence}`;
}

function inline(node: Node): string {
  if (node.nodeType === TEXT) return escapeInline((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== ELEMENT) return '';
  const el = node as Element;
  const inner = () => Array.from(el.childNodes, inline).join('');
  switch (el.tagName.toLowerCase()) {
    case 'br':
      return '  \n';
    case 'strong':
    case 'b': {
      const text = inner().trim();
      return text ? `**${text}**` : '';
    }
    case 'em':
    case 'i':
    case 'cite': {
      const text = inner().trim();
      return text ? `*${text}*` : '';
    }
    case 'code':
    case 'kbd':
    case 'samp': {
      return codeSpan(el.textContent ?? '');
    }
    case 'a': {
      const text = inner().trim();
      const href = el.getAttribute('href');
      return href && text ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
    }
    case 'img': {
      const src = el.getAttribute('src');
      return src
        ? `![${escapeInline(el.getAttribute('alt') ?? '')}](<${src.replace(/[<>\s]/g, encodeURIComponent)}>)`
        : '';
    }
    default:
      return inner();
  }
}

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'figure',
  'figcaption',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'picture',
]);

function blocks(parent: Node, out: string[]): void {
  let run = '';
  const flush = () => {
    const text = run.replace(/(?<![ \t])[ \t]+\n/g, '\n').trim();
    if (text) out.push(text.split('\n').map(escapeLineStart).join('\n'));
    run = '';
  };
  for (const node of Array.from(parent.childNodes)) {
    const tag = node.nodeType === ELEMENT ? (node as Element).tagName.toLowerCase() : '';
    if (!BLOCK.has(tag)) {
      run += inline(node);
      continue;
    }
    flush();
    const el = node as Element;
    if (/^h[1-6]$/.test(tag)) {
      const text = inline(el).trim();
      if (text) out.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
    } else if (tag === 'hr') {
      out.push('---');
    } else if (tag === 'pre') {
      out.push(codeBlock(el.textContent ?? ''));
    } else if (tag === 'blockquote') {
      const inner: string[] = [];
      blocks(el, inner);
      if (inner.length)
        out.push(
          inner
            .join('\n\n')
            .split('\n')
            .map((l) => (l ? `> ${l}` : '>'))
            .join('\n'),
        );
    } else if (tag === 'ul' || tag === 'ol') {
      const items: string[] = [];
      let n = Number(el.getAttribute('start')) || 1;
      for (const li of Array.from(el.children)) {
        if (li.tagName.toLowerCase() !== 'li') continue;
        const inner: string[] = [];
        blocks(li, inner);
        const marker = tag === 'ol' ? `${n++}.` : '-';
        const pad = ' '.repeat(marker.length + 1);
        const body = inner
          .join('\n\n')
          .split('\n')
          .map((l, i) => (i === 0 ? l : l ? pad + l : ''))
          .join('\n');
        items.push(`${marker} ${body}`);
      }
      if (items.length) out.push(items.join('\n'));
    } else if (tag === 'tr') {
      const cells = Array.from(el.children, (cell) => inline(cell).trim().replace(/\|/g, '\\|'));
      if (cells.length) out.push(`| ${cells.join(' | ')} |`);
    } else {
      blocks(el, out);
    }
  }
  flush();
}

/** Markdown of sanitised article HTML. */
export function htmlToMarkdown(html: string, win: WindowLike): string {
  const out: string[] = [];
  blocks(sanitizeToFragment(html, win), out);
  // Table rows come out one block each: join consecutive rows into one table.
  const joined: string[] = [];
  for (const block of out) {
    const last = joined[joined.length - 1];
    if (block.startsWith('| ') && last?.startsWith('| '))
      joined[joined.length - 1] = `${last}\n${block}`;
    else joined.push(block);
  }
  return joined
    .map((block) => {
      if (!block.startsWith('| ')) return block;
      const [head, ...rest] = block.split('\n');
      const cols = (head ?? '').split(' | ').length;
      return [head, `|${' --- |'.repeat(cols)}`, ...rest].join('\n');
    })
    .join('\n\n');
}

/** A YAML scalar: always double-quoted JSON strings, which YAML reads as they are. */
function yamlValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // `<`, `>` and `&` as \u escapes (YAML reads them back the same): a renderer that does not
  // know front matter shows it as text, and it must not find HTML there either.
  return JSON.stringify(String(value)).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function yamlList(items: string[]): string {
  return items.length ? `\n${items.map((item) => `  - ${item}`).join('\n')}` : ' []';
}

type FactRecord = Record<string, string | number | boolean | null>;

function factsOf(facts: SavedArticle['digest']['facts'], spec: FactKindSpec): FactRecord[] {
  return facts[spec.list] as unknown as FactRecord[];
}

/** A fact in the front matter: its export fields as a flow mapping, or one field as a value. */
function yamlFact(spec: FactKindSpec): (fact: FactRecord) => string {
  const fields = spec.exportFields as readonly string[];
  return (fact) => {
    if (fields.length === 1) return yamlValue(fact[fields[0] ?? ''] ?? null);
    return `{ ${fields.map((f) => `${f}: ${yamlValue(fact[f] ?? null)}`).join(', ')} }`;
  };
}

export function frontMatter(record: SavedArticle): string {
  const { facts, summary } = record.digest;
  const iso = (ms: number): string | null => (isTime(ms) ? new Date(ms).toISOString() : null);
  const lines = [
    `title: ${yamlValue(record.title)}`,
    `url: ${yamlValue(record.url)}`,
    `canonical_url: ${yamlValue(record.canonicalUrl)}`,
    `site: ${yamlValue(record.siteName)}`,
    `byline: ${yamlValue(record.byline)}`,
    `lang: ${yamlValue(record.lang)}`,
    `published: ${yamlValue(record.publishedTime)}`,
    `saved: ${yamlValue(iso(record.savedAt))}`,
    `read: ${yamlValue(record.read)}`,
    `reading_minutes: ${yamlValue(record.readingMinutes)}`,
    `word_count: ${yamlValue(record.wordCount)}`,
    `tags:${yamlList(record.tags.map(yamlValue))}`,
    `summary:${yamlList(summary.map((s) => yamlValue(s.text)))}`,
    ...FACT_KINDS.map(
      (spec) => `${spec.list}:${yamlList(factsOf(facts, spec).map(yamlFact(spec)))}`,
    ),
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The highlights as block quotes, each followed by its note (nothing when there are none). */
export function highlightsMarkdown(record: SavedArticle): string {
  const highlights = record.highlights ?? [];
  if (!highlights.length) return '';
  const quote = (text: string) =>
    text
      .split(/\n+/)
      .map((line) => `> ${escapeLineStart(escapeInline(line.trim()))}`)
      .join('\n>\n');
  const note = (text: string) =>
    text
      .split(/\n+/)
      .map((line) => escapeLineStart(escapeInline(line.trim())))
      .join('\n\n');
  const items = highlights.map((h) =>
    h.note ? `${quote(h.exact)}\n\n${note(h.note)}` : quote(h.exact),
  );
  return `\n## Highlights\n\n${items.join('\n\n')}\n`;
}

export function articleToMarkdown(record: SavedArticle, win: WindowLike): string {
  return `${frontMatter(record)}\n# ${escapeInline(record.title)}\n\n${htmlToMarkdown(record.html, win)}\n${highlightsMarkdown(record)}`;
}

/** A link destination in angle brackets, its brackets and white space percent-encoded. */
const destination = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/**
 * "Copy as Markdown" (issue 15, item 6): the article as a person pastes it into a note or a
 * message, with no front matter: the title, a link to the source, the key facts as a short
 * list (one line per kind), then the text. `label` translates the headings (the UI's keys:
 * `factsTitle`, `markdownSource` and the fact kinds' labelKey). Export files keep the front
 * matter (articleToMarkdown).
 */
export function clipboardMarkdown(
  article: Pick<Article, 'title' | 'url' | 'canonicalUrl' | 'siteName' | 'html'>,
  digest: Pick<Digest, 'facts'>,
  win: WindowLike,
  label: (key: string) => string,
): string {
  const url = article.canonicalUrl || article.url;
  let site = article.siteName ?? '';
  if (!site) {
    try {
      site = new URL(url).hostname;
    } catch {
      site = url;
    }
  }
  const parts = [
    `# ${escapeInline(article.title)}`,
    `${escapeInline(label('markdownSource'))}: [${escapeInline(site)}](${destination(url)})`,
  ];
  const lines = FACT_KINDS.map((spec) => {
    const items = digest.facts.top.filter((fact) => fact.kind === spec.kind).map(cardText);
    return items.length
      ? `- **${escapeInline(label(spec.labelKey))}:** ${items.map(escapeInline).join('; ')}`
      : '';
  }).filter(Boolean);
  if (lines.length) parts.push(`**${escapeInline(label('factsTitle'))}**\n\n${lines.join('\n')}`);
  parts.push(htmlToMarkdown(article.html, win));
  return `${parts.join('\n\n')}\n`;
}

/** A file name from the title: letters and digits of any script, dashes, at most 60. */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
    .slice(0, 60)
    .replace(/(?<!-)-+$/, '');
  return slug || fallback;
}
