import { describe, expect, it } from 'vitest';
import { primaryLanguage, toIsoDate } from '../../../src/core/extract/metadata';
import { cleanTitle } from '../../../src/core/extract/title';
import { leadDate } from '../../../src/core/extract/lead-date';
import { countWords } from '../../../src/core/extract/plain-text';
import { normalizeLabel, clutterLexicon, wordsPerMinute } from '../../../src/core/lang/clutter';

describe('toIsoDate', () => {
  it.each([
    ['2025-12-01T19:42:00+08:00', '2025-12-01T19:42:00+08:00'],
    ['2024-03-05T08:30:00+0700', '2024-03-05T08:30:00+07:00'],
    ['2019-11-19 10:48', '2019-11-19T10:48:00'],
    ['2019-11-19', '2019-11-19'],
    ['2019-11-19T10:48:00Z', '2019-11-19T10:48:00Z'],
    ['Tue, 19 Nov 2019 10:48:00 GMT', '2019-11-19T10:48:00.000Z'],
    ['yesterday', null],
    ['2019-13-45', null],
    ['', null],
  ])('%s -> %s', (input, expected) => expect(toIsoDate(input)).toBe(expected));
});

describe('cleanTitle', () => {
  it.each([
    [
      'Pemkab Balangan Pelajari Zona Integritas - HABARTerkini.net',
      'HABARTerkini.net',
      'https://habarterkini.net/x',
      'Pemkab Balangan Pelajari Zona Integritas',
    ],
    [
      'Kabar Daerah | Jembatan Baru Dibuka',
      'Kabar Daerah',
      'https://kabar.example/x',
      'Jembatan Baru Dibuka',
    ],
    [
      'Jembatan Baru Dibuka - Kompas.com',
      null,
      'https://regional.kompas.com/x',
      'Jembatan Baru Dibuka',
    ],
    [
      'Hong Kong - China tension grows',
      'Express',
      'https://www.express.co.uk/x',
      'Hong Kong - China tension grows',
    ],
  ])('%s', (title, site, url, expected) => expect(cleanTitle(title, site, url)).toBe(expected));
});

describe('primaryLanguage', () => {
  it.each([
    ['id-ID', 'id'],
    ['en_US', 'en'],
    ['pt-br', 'pt'],
    ['', null],
    ['x', null],
  ])('%s -> %s', (tag, expected) => expect(primaryLanguage(tag)).toBe(expected));
});

describe('leadDate', () => {
  it.each([
    ['JAKARTA, 5 November 2015 - Pemerintah mengumumkan', '2015-11-05'],
    ['Paringin, Senin (1/12/2025) - Rombongan tiba', null],
    ['Mataram, 23/02/2016 - Sebanyak 29 penerbangan', '2016-02-23'],
    ['Tidak ada tanggal di sini', null],
  ])('%s', (text, expected) => expect(leadDate(text)).toBe(expected));
});

describe('countWords', () => {
  it('counts runs of letters and digits', () =>
    expect(countWords('Harga karet naik 5% pada 2025.')).toBe(6));
  it('counts two characters of unspaced scripts as a word', () =>
    expect(countWords('東京都')).toBe(2));
});

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
