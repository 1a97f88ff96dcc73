import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanUp } from '../../../../src/core/extract/clean-up';
import { plainText } from '../../../../src/core/extract/plain-text';

const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.';
const BODY = Array.from(
  { length: 8 },
  (_, i) => `<p>${SENTENCE.replace('two', `${i + 2}`)}</p>`,
).join('');
const LEAD =
  'Drivers will save twenty minutes a day once the new road opens, the council says, but residents want a footpath on both sides first.';
const OTHER =
  'Read our guide to every road that the province has opened in the last ten years, with maps, costs and the names of the builders.';

/** The theme's page: blocks above its <article> element, then the article. */
function clean(above: string): string {
  const { document } = parseHTML(
    `<html><body><div id="root"><div>${above}<article>${BODY}</article></div></div></body></html>`,
  );
  const root = document.getElementById('root') as unknown as Element;
  cleanUp(root);
  return plainText(root);
}

describe('the standfirst just above the <article> element stays', () => {
  it.each([
    // [what, blocks above the article, lead kept]
    ['a lead paragraph', `<p>${LEAD}</p>`, true],
    [
      'a lead past a byline and a date line',
      `<p>${LEAD}</p><p>By Ana Lim</p><p>5 May 2020</p>`,
      true,
    ],
    ['a lead in a div', `<div class="intro">${LEAD}</div>`, true],
    ['a lead under a kicker', `<p>Roads</p><p>${LEAD}</p>`, true],
    // Look-alikes that go.
    ['a second prose block above the lead', `<p>${OTHER}</p><p>${LEAD}</p>`, 'other-gone'],
    ['a caption under a picture', `<p><img src="/a.jpg"></p><p>${LEAD}</p>`, false],
    [
      'a date line with a clock',
      `<p>Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET, by the news desk of the regional paper and its partners</p>`,
      false,
    ],
    [
      'a short disclosure line',
      '<p>This post may contain affiliate and/or referral links. Please see my disclosure page.</p>',
      false,
    ],
    ['a newsletter box', `<div class="newsletter">${LEAD}</div>`, false],
    ['a menu', `<nav>${LEAD}</nav>`, false],
    ['a paragraph of links', `<p><a href="/a">${LEAD}</a></p>`, false],
  ] as const)('%s', (_what, above, kept) => {
    const text = clean(above);
    expect(text).toContain('9 years of work');
    if (kept === 'other-gone') {
      expect(text).toContain(LEAD);
      expect(text).not.toContain(OTHER);
    } else if (kept) expect(text).toContain(LEAD);
    else expect(text).not.toContain(above.includes(LEAD) ? LEAD : 'Nov. 19');
  });
});
