import { describe, expect, it } from 'vitest';
import { articleAddress } from '../../../src/library/address';

describe('the library address (#article=...)', () => {
  it('reads an encoded id', () => {
    expect(articleAddress('#article=abc%20def')).toEqual({ kind: 'article', id: 'abc def' });
    expect(articleAddress('')).toEqual({ kind: 'none' });
    expect(articleAddress('#other')).toEqual({ kind: 'none' });
  });

  it('calls a malformed escape a bad address instead of throwing "URI malformed"', () => {
    expect(articleAddress('#article=%E0%A4%A')).toEqual({ kind: 'bad' });
    expect(articleAddress('#article=%')).toEqual({ kind: 'bad' });
    expect(articleAddress('#article=')).toEqual({ kind: 'bad' });
  });
});
