import { describe, it, expect } from 'vitest';
import { anchorQuote, describeQuote } from '../../../../src/core/collection/text-quote';

describe('text quotes', () => {
  const text = 'Banjir lagi. Warga mengungsi. Banjir lagi di Semarang, kata Ganjar.';

  it('describes a span with its context and finds it again', () => {
    const start = text.lastIndexOf('Banjir');
    const quote = describeQuote(text, { start, end: start + 'Banjir lagi'.length }, 10);
    expect(quote).toEqual({ exact: 'Banjir lagi', prefix: 'engungsi. ', suffix: ' di Semara' });
    expect(anchorQuote(text, quote)).toEqual({ start, end: start + 11 });
  });

  it('finds the passage after the text changed around it, by its context', () => {
    const start = text.lastIndexOf('Banjir');
    const quote = describeQuote(text, { start, end: start + 11 });
    const resaved = `Pembaruan pukul 10.00. ${text.replace('Warga', 'Ratusan warga')}`;
    const span = anchorQuote(resaved, quote)!;
    expect(resaved.slice(span.start, span.end)).toBe('Banjir lagi');
    expect(span.start).toBe(resaved.lastIndexOf('Banjir'));
  });

  it('tolerates changed white space, and gives null when the passage is gone', () => {
    const quote = { exact: 'Warga  mengungsi.', prefix: '', suffix: '' };
    const span = anchorQuote(text, quote)!;
    expect(text.slice(span.start, span.end)).toBe('Warga mengungsi.');
    expect(anchorQuote(text, { exact: 'Gempa', prefix: '', suffix: '' })).toBeNull();
  });
});
