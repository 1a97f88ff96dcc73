// @vitest-environment jsdom
import { describe, it, expect, afterEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { savedView } from './saved-view';
import { makeSavedArticle } from '../../../src/core/collection/record';
import type { Highlight } from '../../../src/core/schema/annotation';
import type { SavedArticle } from '../../../src/core/schema/saved-article';
import { sampleArticle } from '../core/collection/sample-article';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(record: SavedArticle, onSet: (h: Highlight[]) => void) {
  host = document.createElement('div');
  document.body.append(host);
  act(() =>
    render(
      savedView(record, {
        onEditHighlights: (edit) => onSet(edit(record.highlights ?? [])),
      }),
      host,
    ),
  );
}

const base = makeSavedArticle(sampleArticle(1), 'id-1', 1000);
const record: SavedArticle = {
  ...base,
  html: '<p>Hujan <b>deras</b> merendam rumah.</p><p>Warga mengungsi ke masjid.</p>',
};

describe('highlighting in the reading view', () => {
  it('highlights the selected text with its context and lists it', async () => {
    let saved: Highlight[] = [];
    mount(record, (h) => (saved = h));
    const body = host.querySelector('.article-content')!;
    const range = document.createRange();
    range.setStart(body.querySelector('b')!.firstChild!, 0);
    range.setEnd(body.querySelectorAll('p')[1]!.firstChild!, 5);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await act(async () => {
      document.dispatchEvent(new Event('selectionchange'));
      await Promise.resolve();
    });
    const green = host.querySelector<HTMLButtonElement>('button[data-color="green"]')!;
    expect(green.disabled).toBe(false);
    act(() => green.click());
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      color: 'green',
      exact: 'deras merendam rumah.Warga',
      prefix: 'Hujan ',
      suffix: ' mengungsi ke masjid.',
      note: '',
    });
  });

  it('marks stored highlights with <mark> and flags the ones no longer in the text', () => {
    const highlights: Highlight[] = [
      {
        id: 'a',
        color: 'pink',
        exact: 'mengungsi',
        prefix: 'Warga ',
        suffix: ' ke',
        note: 'catatan <b>tebal</b>',
        createdAt: 1,
        updatedAt: 1,
      },
      {
        id: 'b',
        color: 'blue',
        exact: 'gempa',
        prefix: '',
        suffix: '',
        note: '',
        createdAt: 2,
        updatedAt: 2,
      },
    ];
    mount({ ...record, highlights }, () => {});
    const marks = host.querySelectorAll('.article-content mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['mengungsi']);
    expect(marks[0]!.className).toContain('highlight-pink');
    const items = host.querySelectorAll('.highlight-list > li');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('textarea')!.value).toBe('catatan <b>tebal</b>');
    expect(items[0]!.querySelector('b')).toBeNull();
    expect(items[1]!.querySelector('.orphan')).not.toBeNull();
  });
});

describe('a note saved while text is selected', () => {
  it('leaves the marks and the selection alone (only a change of the marks repaints them)', () => {
    const marked: Highlight = {
      id: 'h1',
      color: 'yellow',
      exact: 'deras',
      prefix: 'Hujan ',
      suffix: ' merendam rumah.',
      note: '',
      createdAt: 1000,
      updatedAt: 1000,
    };
    const view = (highlights: Highlight[]) => savedView({ ...record, highlights });
    host = document.createElement('div');
    document.body.append(host);
    act(() => render(view([marked]), host));
    // Inside the marked word, as a reader selecting part of an earlier highlight.
    const inMark = host.querySelector('.article-content mark')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(inMark, 1);
    range.setEnd(inMark, 4);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    // The store answers with the note written: same marks, so the same text nodes stay.
    act(() => render(view([{ ...marked, note: 'Umur', updatedAt: 2000 }]), host));
    expect(host.querySelector('.article-content mark')!.firstChild).toBe(inMark);
    expect(document.getSelection()!.toString()).toBe('era');
    // A new colour is a change of the marks: repainted.
    act(() => render(view([{ ...marked, color: 'green', updatedAt: 3000 }]), host));
    expect(host.querySelector('.article-content mark')!.className).toContain('green');
  });
});
