// The reader's further pages are started by its one reader:read and taken by reader:pages, step
// by step: the article joined with one more page as each comes, in order, then the whole.
import { describe, expect, it } from 'vitest';
import { pendingPages } from '../../../src/background/reader-pages';
import type { JoinedPages, PagesReading } from '../../../src/platform/read-pages';
import { sampleArticle } from '../core/collection/sample-article';

const joinedOf = (joined: number, total = 3): JoinedPages => ({
  status: 'joined',
  reading: { ok: true, tabId: 4, article: sampleArticle(joined).article, ms: 1 },
  outcome: { joined, total, failed: [] },
});

/** A read whose updates and end the test gives by hand. */
function controlled() {
  let tell: (joined: JoinedPages) => void = () => undefined;
  let finish: (whole: PagesReading | null) => void = () => undefined;
  const read = (onUpdate: (joined: JoinedPages) => void) =>
    new Promise<PagesReading | null>((resolve) => {
      tell = onUpdate;
      finish = resolve;
    });
  return { read, tell: (j: JoinedPages) => tell(j), finish: (w: PagesReading | null) => finish(w) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('pendingPages', () => {
  it('starts the pages after page one is answered and hands the whole over once', async () => {
    const pages = pendingPages(10_000);
    let started = false;
    pages.begin(4, 'https://a.id/x', () => {
      started = true;
      return Promise.resolve({ status: 'single' });
    });
    // Not in the task that answers page one.
    expect(started).toBe(false);
    expect(pages.take(4, 'https://a.id/other', 0)).toBeNull();
    expect(pages.take(5, 'https://a.id/x', 0)).toBeNull();
    await expect(pages.take(4, 'https://a.id/x', 0)).resolves.toEqual({
      pages: { status: 'single' },
      last: true,
    });
    expect(started).toBe(true);
    expect(pages.take(4, 'https://a.id/x', 0)).toBeNull();
  });

  it('hands over each page joined as it comes, in order, then the whole', async () => {
    const pages = pendingPages(10_000);
    const work = controlled();
    pages.begin(4, 'https://a.id/x', work.read);
    // Asked before anything came: answered when page two is joined.
    const first = pages.take(4, 'https://a.id/x', 0)!;
    let answered = false;
    void first.then(() => (answered = true));
    await tick();
    expect(answered).toBe(false);
    work.tell(joinedOf(2));
    await expect(first).resolves.toEqual({ pages: joinedOf(2), last: false });
    // Page three came before the reader asked again: there at once.
    work.tell(joinedOf(3));
    await expect(pages.take(4, 'https://a.id/x', 1)).resolves.toEqual({
      pages: joinedOf(3),
      last: false,
    });
    const end = pages.take(4, 'https://a.id/x', 2)!;
    work.finish(joinedOf(3));
    await expect(end).resolves.toEqual({ pages: joinedOf(3), last: true });
    expect(pages.take(4, 'https://a.id/x', 3)).toBeNull();
  });

  it('gives the whole instead of steps not taken when it is done', async () => {
    const pages = pendingPages(10_000);
    const work = controlled();
    pages.begin(4, 'https://a.id/x', work.read);
    await tick();
    work.tell(joinedOf(2));
    work.tell(joinedOf(3));
    work.finish(joinedOf(3));
    await tick();
    await expect(pages.take(4, 'https://a.id/x', 0)).resolves.toEqual({
      pages: joinedOf(3),
      last: true,
    });
  });

  it('a failure is no answer, and pages nobody takes are let go', async () => {
    const pages = pendingPages(5);
    pages.begin(4, 'https://a.id/x', () => Promise.reject(new Error('gone')));
    await expect(pages.take(4, 'https://a.id/x', 0)).resolves.toEqual({ pages: null, last: true });
    pages.begin(4, 'https://a.id/y', () => Promise.resolve(null));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pages.take(4, 'https://a.id/y', 0)).toBeNull();
  });
});
