// The in-page reader's highlights glue: a first highlight saves an article not saved yet, once,
// however many edits come meanwhile; edits go to the background in order; a failed edit shows
// what the library holds again; answers of the wrong shape are not taken.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Highlight } from '../../../src/core/schema/annotation';
import type { Notice } from '../../../src/ui/notice';
import { sampleArticle } from '../core/collection/sample-article';

interface Sent {
  type: string;
  payload: Record<string, unknown>;
}

const { article } = sampleArticle(1);
const mark = (id: string): Highlight => ({
  id,
  color: 'yellow',
  exact: 'jembatan baru',
  prefix: '',
  suffix: '',
  note: '',
  createdAt: 1,
  updatedAt: 1,
});

let sent: Sent[];
let stored: Highlight[];
let answer: (message: Sent) => unknown;

beforeEach(() => {
  sent = [];
  stored = [];
  answer = (message) => {
    if (message.type === 'reader:notes') return { ok: true, saved: false, highlights: stored };
    const edit = message.payload.edit as { kind: string; highlight?: Highlight; id?: string };
    if (edit.kind === 'add') stored = [...stored, edit.highlight!];
    if (edit.kind === 'remove') stored = stored.filter((h) => h.id !== edit.id);
    return { ok: true, saved: true, highlights: stored };
  };
  vi.stubGlobal('browser', {
    runtime: {
      sendMessage: async (message: Sent) => {
        sent.push(message);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return answer(message);
      },
    },
  });
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function notesWith(save: () => Promise<Notice>) {
  const { readerNotes } = await import('../../../src/content/reader-notes');
  const changed = vi.fn();
  return { notes: readerNotes(() => article, save, changed), changed };
}

describe('readerNotes', () => {
  it('saves an unsaved article once for the first highlights, and says so once', async () => {
    const save = vi.fn(async (): Promise<Notice> => ({ key: 'noticeSaved' }));
    const { notes } = await notesWith(save);
    await notes.load();
    const first = notes.edit({ kind: 'add', highlight: mark('a') });
    const second = notes.edit({ kind: 'add', highlight: mark('b') });
    // Shown at once, before the background answers.
    expect(notes.highlights().map((h) => h.id)).toEqual(['a', 'b']);
    expect(await first).toEqual({ key: 'noticeSavedHighlight' });
    expect(await second).toBeNull();
    expect(save).toHaveBeenCalledTimes(1);
    expect(sent.map((m) => m.type)).toEqual([
      'reader:notes',
      'reader:highlight',
      'reader:highlight',
    ]);
    expect(sent[1]!.payload).toMatchObject({
      url: article.url,
      canonicalUrl: article.canonicalUrl,
    });
    expect(stored.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('does not save an article the library holds, and shows its highlights', async () => {
    stored = [mark('old')];
    answer = (message) =>
      message.type === 'reader:notes'
        ? { ok: true, saved: true, highlights: stored }
        : { ok: true, saved: true, highlights: [] };
    const save = vi.fn(async (): Promise<Notice> => ({ key: 'noticeSaved' }));
    const { notes, changed } = await notesWith(save);
    await notes.load();
    expect(notes.highlights().map((h) => h.id)).toEqual(['old']);
    expect(changed).toHaveBeenCalled();
    expect(await notes.edit({ kind: 'remove', id: 'old' })).toBeNull();
    expect(save).not.toHaveBeenCalled();
    expect(notes.highlights()).toEqual([]);
  });

  it('keeps nothing when the save fails, and says why', async () => {
    const failed: Notice = { key: 'noticeSaveFailed', values: ['full'], error: true };
    const { notes } = await notesWith(async () => failed);
    await notes.load();
    expect(await notes.edit({ kind: 'add', highlight: mark('a') })).toBe(failed);
    expect(sent.filter((m) => m.type === 'reader:highlight')).toEqual([]);
    // What the library holds is shown again: nothing.
    await vi.waitFor(() => expect(notes.highlights()).toEqual([]));
  });

  it('refuses an answer of the wrong shape', async () => {
    answer = () => ({ ok: true, saved: true, highlights: [{ id: 'x', color: 'red' }] });
    const { notes, changed } = await notesWith(async () => ({ key: 'noticeSaved' }));
    await notes.load();
    expect(notes.highlights()).toEqual([]);
    expect(changed).not.toHaveBeenCalled();
    const notice = await notes.edit({ kind: 'add', highlight: mark('a') });
    expect(notice).toMatchObject({ key: 'noticeHighlightFailed', error: true });
  });
});
