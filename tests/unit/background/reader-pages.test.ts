// The reader's further pages are started by its one reader:read and taken once by reader:pages.
import { describe, expect, it } from 'vitest';
import { pendingPages } from '../../../src/background/reader-pages';

describe('pendingPages', () => {
  it('starts the pages after page one is answered and hands them over once', async () => {
    const pages = pendingPages(10_000);
    let started = false;
    pages.begin(4, 'https://a.id/x', () => {
      started = true;
      return Promise.resolve({ status: 'single' });
    });
    // Not in the task that answers page one.
    expect(started).toBe(false);
    expect(pages.take(4, 'https://a.id/other')).toBeNull();
    expect(pages.take(5, 'https://a.id/x')).toBeNull();
    await expect(pages.take(4, 'https://a.id/x')).resolves.toEqual({ status: 'single' });
    expect(started).toBe(true);
    expect(pages.take(4, 'https://a.id/x')).toBeNull();
  });

  it('a failure is no answer, and an answer nobody takes is let go', async () => {
    const pages = pendingPages(5);
    pages.begin(4, 'https://a.id/x', () => Promise.reject(new Error('gone')));
    await expect(pages.take(4, 'https://a.id/x')).resolves.toBeNull();
    pages.begin(4, 'https://a.id/y', () => Promise.resolve(null));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pages.take(4, 'https://a.id/y')).toBeNull();
  });
});
