// Article HTML to plain text: one paragraph per block, paragraphs separated by a blank line,
// white space collapsed (kept inside <pre>). textContent would glue "end.</p><p>Start" into
// one word; this walk does not.

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
]);

/**
 * The lower-case tag name. Elements Readability creates ("DIV", "P") keep an upper-case
 * localName in some DOMs (linkedom), so never compare localName directly.
 */
export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** Captions and credits by theme convention: figcaption, or a class that says caption or credit. */
const CAPTION_CLASS = /(?:^|[^a-z])(?:caption|credit)/i;

export function isCaption(el: Element, tag: string): boolean {
  return tag === 'figcaption' || CAPTION_CLASS.test(el.getAttribute('class') ?? '');
}

export interface PlainTextOptions {
  /** Leave figure captions and photo credits out (they stay in the HTML). */
  skipCaptions?: boolean;
}

/** Stands for a line break inside <pre> while white space is collapsed (a private-use character). */
const PRE_NEWLINE = '\ue000';

export function plainText(root: Element, options: PlainTextOptions = {}): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        current += pre ? value.replaceAll('\n', PRE_NEWLINE) : value.replace(/\s+/g, ' ');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = tagOf(el);
        if (SKIPPED_TAGS.has(tag)) continue;
        if (options.skipCaptions && isCaption(el, tag)) continue;
        if (tag === 'br') {
          current += '\n';
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(el, pre || tag === 'pre');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  // Line breaks inside <pre> survive the white-space collapse as PRE_NEWLINE until here.
  return paragraphs.map((p) => p.replaceAll(PRE_NEWLINE, '\n')).join('\n\n');
}

const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
/** Every character of those scripts lies at or above U+0E00 (Thai); most text has none. */
const MAYBE_UNSPACED = /[\u0e00-\uffff]/;

/**
 * Words: runs of letters and digits; in scripts written without spaces (Chinese, Japanese,
 * Thai), two characters count as a word, about what a reader takes in per word of English.
 */
export function countWords(text: string): number {
  if (!MAYBE_UNSPACED.test(text)) return text.match(WORD)?.length ?? 0;
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  if (!unspaced) return text.match(WORD)?.length ?? 0;
  const spaced = text.replace(UNSPACED_SCRIPT, ' ').match(WORD)?.length ?? 0;
  return spaced + Math.round(unspaced / 2);
}
