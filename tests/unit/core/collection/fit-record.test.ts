import { describe, expect, it } from 'vitest';
import { fitRecord } from '../../../../src/core/collection/fit-record';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { sampleArticle } from './sample-article';

const record = (over: Parameters<typeof sampleArticle>[1] = {}) =>
  makeSavedArticle(sampleArticle(1, over), 'id-1', 1000);

describe('fitRecord', () => {
  it('keeps a record within the limits as it is, with nothing cut', () => {
    const r = record();
    expect(fitRecord(r)).toEqual({ ok: true, record: r, cut: [] });
  });

  it('drops what import would refuse but the article does not need, and says so', () => {
    const r = record({
      publishedTime: 'sometime last week',
      removed: Array.from({ length: 1200 }, () => ({
        kind: 'share' as const,
        text: 'Share',
        words: 1,
      })),
    });
    r.digest.facts.numbers.push({ text: '1e999', value: Infinity, unit: null, sentence: 1 });
    const fitted = fitRecord(r);
    expect(fitted.ok).toBe(true);
    if (!fitted.ok) return;
    expect(fitted.record.publishedTime).toBeNull();
    expect(fitted.record.removed).toHaveLength(1000);
    expect(fitted.record.digest.facts.numbers.map((n) => n.text)).toEqual(['Rp 12 miliar']);
    expect(fitted.cut).toEqual(
      expect.arrayContaining(['publishedTime', 'removed', 'digest.facts.numbers']),
    );
  });

  it('refuses an article whose HTML is past 4 MB, saying why', () => {
    const fitted = fitRecord(record({ html: `<p>${'a'.repeat(4_000_001)}</p>` }));
    expect(fitted).toEqual({ ok: false, message: expect.stringMatching(/4 MB of HTML/) });
  });
});
