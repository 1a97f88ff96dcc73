// The article's sentences as read aloud, each with its place in the rendered body (a Range), so
// the sentence being spoken can be highlighted there. Sentences are cut by Intl.Segmenter in the
// article's language, inside each block of text (a paragraph, a list item, a heading, ...).

export interface SpokenSentence {
  text: string;
  range: Range;
  /** The block the sentence is in (what is scrolled into view). */
  block: Element;
}

const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, td, th, dt, dd, pre';
/** Text a listener does not want read out: code, formulas, the page's leftovers of scripts. */
const SKIPPED = 'script, style, noscript, template, math, svg, [aria-hidden="true"], [hidden]';

function segmenterFor(lang: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang && lang !== 'und' ? lang : undefined, {
      granularity: 'sentence',
    });
  } catch {
    // A malformed language tag: the default rules.
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** Leaf blocks in document order: a block holding blocks is read through them. */
function textBlocks(body: Element): Element[] {
  const blocks = [...body.querySelectorAll(BLOCKS)].filter(
    (block) => !block.querySelector(BLOCKS) && !block.closest(SKIPPED),
  );
  return blocks.length ? blocks : [body];
}

export function spokenSentences(body: Element, lang: string): SpokenSentence[] {
  const doc = body.ownerDocument;
  const segmenter = segmenterFor(lang);
  const out: SpokenSentence[] = [];
  for (const block of textBlocks(body)) {
    const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest(SKIPPED)) continue;
      starts.push(text.length);
      nodes.push(node as Text);
      text += (node as Text).data;
    }
    /** The text node and offset of a character position (`end`: the end of the one before). */
    const locate = (position: number, end: boolean): [Text, number] => {
      let i = nodes.length - 1;
      while (i > 0 && (end ? starts[i]! >= position : starts[i]! > position)) i--;
      return [nodes[i]!, position - starts[i]!];
    };
    // A line break in the markup is no sentence end (the segmenter takes it for one); one space
    // for one character keeps the offsets.
    for (const { segment, index } of segmenter.segment(text.replace(/\s/g, ' '))) {
      const spoken = segment.trim();
      if (!/[\p{L}\p{N}]/u.test(spoken)) continue;
      const start = index + segment.length - segment.trimStart().length;
      const range = doc.createRange();
      range.setStart(...locate(start, false));
      range.setEnd(...locate(start + spoken.length, true));
      out.push({ text: spoken.replace(/\s+/g, ' '), range, block });
    }
  }
  return out;
}
