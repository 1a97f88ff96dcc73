import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { densestBlock, missedBlock } from '../../../../src/core/extract/candidates';

const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.';
const prose = (n: number): string => Array.from({ length: n }, () => `<p>${SENTENCE}</p>`).join('');
const NOTICE =
  '<p>Subscribe to our newsletter and we will send you the news of the week, every Friday, for free.</p>';

function setUp(leftAround: string): { doc: Document; taken: Element } {
  const { document } = parseHTML(
    `<html><body>${leftAround}<div id="taken">${NOTICE}</div></body></html>`,
  );
  const doc = document as unknown as Document;
  // What Readability answered, already out of the page (it moves its article out).
  const taken = doc.getElementById('taken') as Element;
  taken.remove();
  return { doc, taken };
}

describe('the block Readability left behind', () => {
  it('wins when it holds more prose than what Readability took', () => {
    const { doc, taken } = setUp(`<div class="entry">${prose(5)}</div>`);
    expect(missedBlock(doc, taken, 100)?.getAttribute('class')).toBe('entry');
  });

  it('loses when Readability took more prose', () => {
    const { doc } = setUp(`<div class="entry">${prose(2)}</div><div id="more">${prose(6)}</div>`);
    const taken = doc.getElementById('more') as Element;
    taken.remove();
    expect(missedBlock(doc, taken, 800)).toBeNull();
  });

  it('is never a comment list or a related box, however long', () => {
    const { doc, taken } = setUp(
      `<ol class="commentlist"><li id="comment-12" class="comment">${prose(6)}</li></ol>`,
    );
    expect(missedBlock(doc, taken, 100)).toBeNull();
  });

  it('densestBlock counts prose paragraphs with few links, by their parent', () => {
    const { document } = parseHTML(
      `<html><body><div id="links">${Array.from({ length: 6 }, () => `<p><a href="/x">${SENTENCE}</a></p>`).join('')}</div><div id="text">${prose(3)}</div></body></html>`,
    );
    expect(densestBlock(document as unknown as Document)?.el.id).toBe('text');
  });
});
