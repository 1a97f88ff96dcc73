import { describe, expect, it } from 'vitest';
import { originPattern, parseSiteInput } from '../../../src/contracts/sites';

describe('sites for reading mode', () => {
  it.each([
    ['news.example.com', 'https://news.example.com', 'https://news.example.com/*'],
    [
      'https://www.kompas.com/read/2025/12/01/x',
      'https://www.kompas.com',
      'https://www.kompas.com/*',
    ],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', 'http://127.0.0.1/*'],
  ])('%s -> %s', (input, origin, pattern) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, origin, pattern });
  });
  it.each([
    ['', 'siteErrorInvalid'],
    ['not a site', 'siteErrorInvalid'],
    ['localhostish', 'siteErrorInvalid'],
    ['ftp://files.example.com', 'siteErrorScheme'],
    ['javascript:alert(1)', 'siteErrorInvalid'],
  ])('refuses %j', (input, error) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error });
  });
  it('gives match patterns without ports', () => {
    expect(originPattern('https://a.example:8443')).toBe('https://a.example/*');
  });
});
