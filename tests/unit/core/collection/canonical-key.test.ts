import { describe, it, expect } from 'vitest';
import { canonicalKey } from '../../../../src/core/collection/canonical-key';

describe('canonicalKey', () => {
  it.each([
    ['https://www.Example.com/a/b/?utm_source=x&id=3#top', 'https://example.com/a/b?id=3'],
    ['http://example.com/', 'https://example.com'],
    ['https://example.com:8080/x?fbclid=1', 'https://example.com:8080/x'],
  ])('%s -> %s', (input, key) => expect(canonicalKey(input)).toBe(key));

  it('falls back to the page URL when there is no canonical URL', () => {
    expect(canonicalKey('', 'https://example.com/p')).toBe('https://example.com/p');
  });

  // Issue 13, item 5: a page on one site named another site's article as its canonical URL and
  // overwrote that saved article.
  it('ignores a canonical URL on another origin and keys the entry by the page URL', () => {
    expect(canonicalKey('https://bank.example/news/1', 'https://evil.example/post?id=2')).toBe(
      'https://evil.example/post?id=2',
    );
    expect(canonicalKey('https://bank.example.evil.example/a', 'https://bank.example/b')).toBe(
      'https://bank.example/b',
    );
  });

  it('keeps a canonical URL on the same site (www and http/https are the same site)', () => {
    expect(canonicalKey('https://example.com/a', 'http://www.example.com/a?utm_source=x')).toBe(
      'https://example.com/a',
    );
  });
});
