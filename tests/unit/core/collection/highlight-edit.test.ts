import { describe, expect, it } from 'vitest';
import {
  applyHighlightEdit,
  newHighlight,
  trimmedSpan,
} from '../../../../src/core/collection/highlight-edit';
import { anchorQuote } from '../../../../src/core/collection/text-quote';
import type { Highlight } from '../../../../src/core/schema/annotation';

const TEXT = 'Bupati Balangan meresmikan gedung baru. Gedung itu dibangun tahun ini.';

const highlight = (id: string, exact = 'gedung baru'): Highlight => ({
  id,
  color: 'yellow',
  exact,
  prefix: '',
  suffix: '',
  note: '',
  createdAt: 1,
  updatedAt: 1,
});

describe('newHighlight', () => {
  it('quotes the selected text without its white space, with its context', () => {
    const start = TEXT.indexOf(' Gedung itu ');
    const made = newHighlight(TEXT, { start, end: start + 12 }, 'green', 'h1', 5)!;
    expect(made).toMatchObject({ id: 'h1', color: 'green', exact: 'Gedung itu', note: '' });
    expect(made.prefix.endsWith('baru. ')).toBe(true);
    expect(made.createdAt).toBe(5);
    expect(anchorQuote(TEXT, made)).toEqual({ start: start + 1, end: start + 11 });
  });

  it('makes nothing of white space alone', () => {
    expect(newHighlight('a   b', { start: 1, end: 4 }, 'blue', 'h', 0)).toBeNull();
    expect(trimmedSpan('a   b', { start: 1, end: 4 })).toBeNull();
  });
});

describe('applyHighlightEdit', () => {
  const all = [highlight('a'), highlight('b', 'Gedung itu')];

  it('adds a highlight once, even sent twice', () => {
    const added = applyHighlightEdit(all, { kind: 'add', highlight: highlight('c') }, 9);
    expect(added.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(applyHighlightEdit(added, { kind: 'add', highlight: highlight('c') }, 9)).toEqual(added);
  });

  it('changes the colour or the note of one, and its time', () => {
    const changed = applyHighlightEdit(all, { kind: 'change', id: 'b', note: 'catatan' }, 9);
    expect(changed[1]).toMatchObject({ note: 'catatan', color: 'yellow', updatedAt: 9 });
    expect(changed[0]).toBe(all[0]);
    const coloured = applyHighlightEdit(changed, { kind: 'change', id: 'b', color: 'pink' }, 10);
    expect(coloured[1]).toMatchObject({ note: 'catatan', color: 'pink', updatedAt: 10 });
  });

  it('removes one; an unknown id changes nothing', () => {
    expect(applyHighlightEdit(all, { kind: 'remove', id: 'a' }, 1).map((h) => h.id)).toEqual(['b']);
    expect(applyHighlightEdit(all, { kind: 'remove', id: 'zz' }, 1)).toEqual(all);
    expect(applyHighlightEdit(all, { kind: 'change', id: 'zz', note: 'x' }, 1)).toEqual(all);
  });
});
