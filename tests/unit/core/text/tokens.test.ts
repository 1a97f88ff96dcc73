import { describe, it, expect } from 'vitest';
import { maskUrls, tokenize } from '../../../../src/core/text/tokens';

describe('tokens', () => {
  it('keeps offsets and reads numbers whole', () => {
    const tokens = tokenize('Rp 2,1 triliun di Jl. Sudirman');
    expect(tokens.map((t) => t.text)).toEqual([
      'Rp',
      '2,1',
      'triliun',
      'di',
      'Jl',
      '.',
      'Sudirman',
    ]);
    expect(tokens[1]!.kind).toBe('number');
  });
  it('masks URLs without moving offsets', () => {
    const text = 'Lihat https://habarterkini.net/2025/12/01/berita pada 2025.';
    const masked = maskUrls(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('2025/12');
    expect(masked.endsWith('pada 2025.')).toBe(true);
  });
});
