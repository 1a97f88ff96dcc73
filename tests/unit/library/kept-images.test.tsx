// @vitest-environment jsdom
// The reading view of a saved article with kept images (issue 16): its images come from the
// copies (data: URLs), nothing of theirs is left for the browser to fetch, and when some are
// still links it says why and offers the one click that asks for access.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { savedView } from './saved-view';
import { keptAddresses } from '../../../src/library/kept-images';
import { makeSavedArticle } from '../../../src/core/collection/record';
import { sampleArticle } from '../core/collection/sample-article';
import { png } from '../core/collection/images-fixture';

const A = 'https://cdn.example.org/a.png';
const B = 'https://cdn.example.org/b.png';
const record = makeSavedArticle(
  sampleArticle(1, {
    html: `<p>Isi</p><picture><source srcset="${A}"><img src="${A}" srcset="${A} 2x" alt="a"></picture><img src="${B}" alt="b">`,
  }),
  'id-1',
  1000,
);

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(kept: string[], access: boolean | null, asks: boolean[] = []) {
  if (!host?.isConnected) {
    host = document.createElement('div');
    document.body.append(host);
  }
  const addresses = keptAddresses(
    kept.map((url, i) => ({ id: 'id-1', url, type: 'image/png', bytes: png(2, 2, i) })),
  );
  act(() =>
    render(
      savedView(record, {
        images: addresses,
        imageAccess: access,
        onKeepImages: (ask) => asks.push(ask),
      }),
      host,
    ),
  );
  return asks;
}

const srcs = () =>
  [...host.querySelectorAll('.article-content img')].map((img) => img.getAttribute('src'));

describe('kept images in the reading view', () => {
  it('shows every kept image from its copy, with no other source left, and no notice', () => {
    show([A, B], false);
    expect(srcs().every((src) => src?.startsWith('data:image/png;base64,'))).toBe(true);
    expect(host.querySelector('.article-content source, .article-content [srcset]')).toBeNull();
    expect(host.querySelector('.images-notice')).toBeNull();
  });

  it('says why images are links and asks for access in the click', () => {
    const asks = show([A], false);
    expect(srcs()).toEqual([expect.stringMatching(/^data:/), B]);
    const notice = host.querySelector('.images-notice');
    expect(notice?.textContent).toContain('Ringkas needs your permission');
    act(() => host.querySelector<HTMLButtonElement>('.images-notice button')!.click());
    expect(asks).toEqual([true]);
  });

  it('with access, says how many are not kept and offers to try again without asking', () => {
    const asks = show([], true);
    expect(host.querySelector('.images-notice')?.textContent).toContain(
      'Images not kept offline: 2',
    );
    act(() => host.querySelector<HTMLButtonElement>('.images-notice button')!.click());
    expect(asks).toEqual([false]);
  });

  it('points the body at images kept while it is open, in place: the same nodes, the selection kept', () => {
    show([], true);
    const text = host.querySelector('.article-content p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 3);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    // The background kept both images: the page hands the view their addresses.
    show([A, B], true);
    expect(srcs().every((src) => src?.startsWith('data:image/png;base64,'))).toBe(true);
    expect(host.querySelector('.article-content source, .article-content [srcset]')).toBeNull();
    expect(host.querySelector('.article-content p')!.firstChild).toBe(text);
    expect(text.isConnected).toBe(true);
    expect(document.getSelection()!.toString()).toBe('Isi');
    expect(host.querySelector('.images-notice')).toBeNull();
  });
});
