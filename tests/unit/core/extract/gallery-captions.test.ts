import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { proseOrGallery } from '../../../../src/core/extract/extract-article';

const SENTENCE =
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.';
const slide = (i: number): string =>
  `<figure><img src="/${i}.jpg"><figcaption>Slide ${i}. ${SENTENCE}</figcaption></figure>`;
const photo = (i: number): string =>
  `<figure><img src="/${i}.jpg"><figcaption>Photo ${i}: the bridge at dawn.</figcaption></figure>`;
const para = (i: number): string => `<p>Paragraph ${i}. ${SENTENCE}</p>`;
const root = (html: string): Element =>
  parseHTML(`<html><body><div id="root">${html}</div></body></html>`).document.getElementById(
    'root',
  ) as unknown as Element;

describe('gallery captions are the text when they hold most of the words', () => {
  it.each([
    // [what, article HTML, captions in the text]
    [
      'a slideshow: a short intro, the story told under the pictures',
      `<p>Ten ideas.</p>${[1, 2, 3, 4].map(slide).join('')}`,
      true,
    ],
    [
      'slides with class-named captions',
      `<p>Ten ideas.</p>${[1, 2, 3].map((i) => `<div class="slide"><img src="/${i}.jpg"><p class="wp-caption-text">Slide ${i}. ${SENTENCE}</p></div>`).join('')}`,
      true,
    ],
    [
      'a news story with photo captions',
      `${[1, 2, 3, 4].map(para).join('')}${photo(1)}${photo(2)}`,
      false,
    ],
    ['a story with one long caption', `${[1, 2, 3].map(para).join('')}${slide(1)}`, false],
    [
      'captions about as long as the prose',
      `${[1, 2].map(para).join('')}${[1, 2].map(slide).join('')}`,
      false,
    ],
    ['no captions at all', [1, 2].map(para).join(''), false],
  ] as const)('%s', (_what, html, withCaptions) => {
    const text = proseOrGallery(root(html));
    expect(text.includes('Slide 1.') || text.includes('Photo 1:')).toBe(withCaptions);
    if (html.includes('Paragraph 1.')) expect(text).toContain('Paragraph 1.');
  });
});
