import { describe, expect, it } from 'vitest';
import { normalizeLabel, clutterLexicon, wordsPerMinute } from '../../../../src/core/lang/clutter';

describe('clutter lexicon', () => {
  const lexicon = clutterLexicon();
  it('normalises labels', () => {
    expect(normalizeLabel('  Baca Juga: ')).toBe('baca juga');
    expect(normalizeLabel('Image 1 of / 23')).toBe('image # of #');
    expect(normalizeLabel('— Advertisement —')).toBe('advertisement');
  });
  it('matches whole labels from several languages', () => {
    expect(lexicon.exact('bagikan')).toBe('share');
    expect(lexicon.exact('compartilhe')).toBe('share');
    expect(lexicon.exact('tinggalkan balasan')).toBe('comments');
    expect(lexicon.exact('exit mobile version')).toBe('mobile-switcher');
    expect(lexicon.exact('jembatan baru')).toBeNull();
  });
  it('matches a label at the start only at a word boundary', () => {
    expect(lexicon.lead('baca juga dua skpd')).toEqual({ kind: 'related', words: 2 });
    expect(lexicon.lead('bacaan ringan')).toBeNull();
  });
  it('reads class and id names, camel case included', () => {
    expect(lexicon.name('post-share-buttons')).toBe('share');
    expect(lexicon.name('relatedArticles')).toBe('related');
    expect(lexicon.name('berita-terkait')).toBe('related');
    expect(lexicon.name('header')).toBeNull();
    expect(lexicon.name('unrelated')).toBeNull();
  });
  it('has a reading speed per language', () => {
    expect(wordsPerMinute('en')).toBe(230);
    expect(wordsPerMinute('xx')).toBe(200);
  });
});
