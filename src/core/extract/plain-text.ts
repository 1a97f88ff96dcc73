// Article HTML to plain text: one paragraph per block, paragraphs separated by a blank line,
// white space collapsed (kept inside <pre>). textContent would glue "end.</p><p>Start" into
// one word; this walk does not.
import { charClass, UNSPACED, WORD_CHAR } from '../text/char-class';

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
  // Ruby annotations (furigana readings) gloss the text beside them; they are not read as text.
  'rt',
  'rp',
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

/** A WordPress post wrapper ("post-12 type-post status-publish hentry tag-tax-credits"). */
const POST_WRAPPER = /(?:^|\s)(?:hentry|type-post|status-publish|post-\d+)(?=\s|$)/;
/** Its term classes name the post's tags and categories, not the role of the element. */
const TERM_CLASS = /^(?:tag|category|post_tag|format|series|topic|genre|section)-\S+$/;

/**
 * Class (and id) names as a theme means them: camel case split like dashes, lower case, and the
 * term classes of a post wrapper left out, so that a tag "tax credits" is no "credits" box.
 */
export function roleNames(classAndId: string): string {
  const value = classAndId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  if (!POST_WRAPPER.test(value)) return value;
  return value
    .split(/\s+/)
    .filter((token) => !TERM_CLASS.test(token))
    .join(' ');
}

/** Captions and credits by theme convention: figcaption, or a class with the whole word. */
const CAPTION_CLASS = /(?:^|[^a-z0-9])(?:caption|credits?)(?![a-z0-9])/;
/** A "caption" longer than this is text (a wrapper a theme named badly), not a caption. */
const MAX_CAPTION_WORDS = 80;

export function isCaption(el: Element, tag: string): boolean {
  if (tag === 'figcaption') return true;
  const names = el.getAttribute('class');
  if (!names || !CAPTION_CLASS.test(roleNames(names))) return false;
  return countWords(el.textContent ?? '') <= MAX_CAPTION_WORDS;
}

export interface PlainTextOptions {
  /** Leave figure captions and photo credits out (they stay in the HTML). */
  skipCaptions?: boolean;
}

/** Stands for a line break inside <pre> while white space is collapsed (a private-use character). */
const PRE_NEWLINE = '\ue000';
/** White space within a line, collapsed to one space. */
const INLINE_SPACE = /[ \t\r\f\v\u00a0\u200b]+/g;

export function plainText(root: Element, options: PlainTextOptions = {}): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (!current) return;
    // Most blocks are one line: the same collapse and trim, without the split and join.
    const text = !current.includes('\n')
      ? current.replace(INLINE_SPACE, ' ').trim()
      : current
          .split('\n')
          .map((line) => line.replace(INLINE_SPACE, ' ').trim())
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
  // By the character table (src/core/text/char-class.ts): what the regexes below count.
  let words = 0;
  let unspaced = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return countWordsByRegex(text);
    const bits = charClass(code);
    if (bits & UNSPACED) {
      unspaced++;
      inWord = false;
    } else if (bits & WORD_CHAR) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
  }
  return unspaced ? words + Math.round(unspaced / 2) : words;
}

/** countWords by regex, for text with characters outside the Basic Multilingual Plane. */
function countWordsByRegex(text: string): number {
  if (!MAYBE_UNSPACED.test(text)) return text.match(WORD)?.length ?? 0;
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  if (!unspaced) return text.match(WORD)?.length ?? 0;
  const spaced = text.replace(UNSPACED_SCRIPT, ' ').match(WORD)?.length ?? 0;
  return spaced + Math.round(unspaced / 2);
}
