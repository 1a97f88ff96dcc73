// Seeded mutations of an HTML page: elements dropped, duplicated, renamed and re-nested, attributes
// garbled, files truncated, bytes read in the wrong charset, hostile payloads dropped in. The same
// seed gives the same mutant, so every failure can be replayed.
import { PAYLOADS } from '../unit/hostile/payloads';
import { seededRandom } from '../../bench/lib/stats';

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, list: readonly T[]): T => list[int(random, list.length)] as T;

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^<>]*>/g;

function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const match of html.matchAll(TAG)) {
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      name: (match[2] ?? '').toLowerCase(),
      closing: match[1] === '/',
    });
  }
  return out;
}

/** The matching end of an element that starts at `open` (naive: counts same-name tags). */
function elementEnd(html: string, all: Tag[], open: Tag): number {
  let depth = 0;
  for (const tag of all) {
    if (tag.start < open.start || tag.name !== open.name) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  return Math.min(html.length, open.end + 2000);
}

function randomElement(random: Random, html: string): { start: number; end: number } | null {
  const all = tags(html);
  const opens = all.filter(
    (t) => !t.closing && t.name !== 'html' && t.name !== 'head' && t.name !== 'body',
  );
  if (opens.length === 0) return null;
  const open = pick(random, opens);
  return { start: open.start, end: elementEnd(html, all, open) };
}

const SWAP_NAMES = [
  'svg',
  'math',
  'template',
  'noscript',
  'textarea',
  'select',
  'table',
  'plaintext',
  'xmp',
  'iframe',
  'title',
  'style',
  'script',
  'form',
  'object',
  'frameset',
  'mglyph',
  'mtext',
  'foreignObject',
  'a',
  'p',
  'li',
  'h1',
  'img',
  'br',
];
const HOSTILE_ATTRIBUTES = [
  'onerror="window.__pwned=1"',
  'onload=window.__pwned=1',
  'href="javascript:window.__pwned=1"',
  'src="java\tscript:window.__pwned=1"',
  'srcset="x 1x, javascript:window.__pwned=1 2x"',
  'style="background:url(https://leak.invalid/x)"',
  'id="getElementById"',
  'name="querySelector"',
  'xlink:href="javascript:window.__pwned=1"',
  'data-src="javascript:window.__pwned=1"',
  'formaction="javascript:window.__pwned=1"',
];
const GARBAGE = [
  '"',
  "'",
  '<',
  '>',
  '=',
  '/',
  '\u0000',
  '\uFFFD',
  '&',
  '&#',
  '<!--',
  '-->',
  ']]>',
  '\uD800',
  ' ',
];

export type MutationName =
  | 'drop-element'
  | 'drop-tag'
  | 'duplicate-element'
  | 'renest'
  | 'rename-tag'
  | 'garble-attributes'
  | 'hostile-attribute'
  | 'truncate'
  | 'wrong-charset'
  | 'inject-payload'
  | 'unclose'
  | 'deep-wrap'
  | 'control-characters';

const MUTATIONS: Record<MutationName, (random: Random, html: string) => string> = {
  'drop-element': (random, html) => {
    const el = randomElement(random, html);
    return el ? html.slice(0, el.start) + html.slice(el.end) : html;
  },
  'drop-tag': (random, html) => {
    const all = tags(html);
    if (all.length === 0) return html;
    const tag = pick(random, all);
    return html.slice(0, tag.start) + html.slice(tag.end);
  },
  'duplicate-element': (random, html) => {
    const el = randomElement(random, html);
    if (!el) return html;
    const copy = html.slice(el.start, el.end);
    const times = 1 + int(random, 4);
    return html.slice(0, el.end) + copy.repeat(times) + html.slice(el.end);
  },
  renest: (random, html) => {
    const el = randomElement(random, html);
    if (!el) return html;
    const chunk = html.slice(el.start, el.end);
    const rest = html.slice(0, el.start) + html.slice(el.end);
    const targets = tags(rest).filter((t) => !t.closing);
    if (targets.length === 0) return html;
    const at = pick(random, targets).end;
    return rest.slice(0, at) + chunk + rest.slice(at);
  },
  'rename-tag': (random, html) => {
    const all = tags(html).filter((t) => t.name !== 'html');
    if (all.length === 0) return html;
    const tag = pick(random, all);
    const name = pick(random, SWAP_NAMES);
    const text = html
      .slice(tag.start, tag.end)
      .replace(/^<(\/?)[a-zA-Z][a-zA-Z0-9:-]*/, `<$1${name}`);
    return html.slice(0, tag.start) + text + html.slice(tag.end);
  },
  'garble-attributes': (random, html) => {
    const all = tags(html).filter((t) => !t.closing && t.end - t.start > t.name.length + 3);
    if (all.length === 0) return html;
    const tag = pick(random, all);
    let text = html.slice(tag.start + 1, tag.end - 1);
    for (let i = 0, n = 1 + int(random, 4); i < n; i++) {
      const at = 1 + int(random, Math.max(1, text.length - 1));
      text =
        random() < 0.5
          ? text.slice(0, at) + pick(random, GARBAGE) + text.slice(at)
          : text.slice(0, at) + text.slice(at + 1 + int(random, 6));
    }
    return `${html.slice(0, tag.start)}<${text}>${html.slice(tag.end)}`;
  },
  'hostile-attribute': (random, html) => {
    const all = tags(html).filter((t) => !t.closing);
    if (all.length === 0) return html;
    const tag = pick(random, all);
    const at = tag.start + 1 + tag.name.length;
    return `${html.slice(0, at)} ${pick(random, HOSTILE_ATTRIBUTES)}${html.slice(at)}`;
  },
  truncate: (random, html) => html.slice(0, int(random, html.length)),
  'wrong-charset': (random, html) => {
    const bytes = new TextEncoder().encode(html);
    const label = pick(random, [
      'windows-1252',
      'iso-8859-2',
      'utf-16le',
      'shift_jis',
      'koi8-r',
      'big5',
    ]);
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return html;
    }
  },
  'inject-payload': (random, html) => {
    const all = tags(html);
    const at = all.length > 0 ? pick(random, all).end : int(random, html.length);
    return html.slice(0, at) + pick(random, PAYLOADS) + html.slice(at);
  },
  unclose: (random, html) => {
    const names = [
      ...new Set(
        tags(html)
          .filter((t) => t.closing)
          .map((t) => t.name),
      ),
    ];
    if (names.length === 0) return html;
    const name = pick(random, names);
    return html.replace(new RegExp(`</${name}\\s*>`, 'gi'), '');
  },
  'deep-wrap': (random, html) => {
    const el = randomElement(random, html);
    if (!el) return html;
    const depth = 10 + int(random, random() < 0.1 ? 5000 : 300);
    return (
      html.slice(0, el.start) +
      '<div>'.repeat(depth) +
      html.slice(el.start, el.end) +
      '</div>'.repeat(depth) +
      html.slice(el.end)
    );
  },
  'control-characters': (random, html) => {
    let out = html;
    for (let i = 0, n = 1 + int(random, 20); i < n; i++) {
      const at = int(random, out.length);
      out =
        out.slice(0, at) +
        pick(random, [
          '\u0000',
          '\u0001',
          '\u000b',
          '\u001b',
          '\u2028',
          '\uFEFF',
          '\uD83D',
          '\uDE00',
          '\u202E',
        ]) +
        out.slice(at);
    }
    return out;
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS) as MutationName[];

export interface Mutant {
  html: string;
  mutations: MutationName[];
}

/** One to four mutations of a page, chosen by the seed. */
export function mutate(html: string, seed: number): Mutant {
  const random = seededRandom(seed);
  const mutations: MutationName[] = [];
  let out = html;
  for (let i = 0, n = 1 + int(random, 4); i < n; i++) {
    const name = pick(random, MUTATION_NAMES);
    mutations.push(name);
    out = MUTATIONS[name](random, out);
  }
  return { html: out, mutations };
}
