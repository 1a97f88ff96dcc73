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
});
