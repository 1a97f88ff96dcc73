import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../../src/core/text/detect-language';
import { splitSentences } from '../../../src/core/text/split-sentences';
import { findDateline } from '../../../src/core/text/dateline';
import { parseNumber } from '../../../src/core/text/numbers';
import { getPack } from '../../../src/core/text/packs';
import { maskUrls, tokenize } from '../../../src/core/text/tokens';

describe('detectLanguage', () => {
  it.each([
    [
      'id',
      'Pemerintah Kabupaten Balangan melaksanakan kunjungan kerja ke Pemerintah Kota Pontianak, guna mendalami penerapan Zona Integritas. Sufrianor menjelaskan bahwa hingga saat ini Balangan baru memiliki dua perangkat daerah.',
    ],
    [
      'id',
      'Meski sudah hampir 12 tahun berlalu, film Mean Girls merupakan salah satu film remaja sepanjang masa yang sulit untuk dilupakan.',
    ],
    [
      'ms',
      'Kerajaan negeri berkata bahawa projek itu akan dilaksanakan selepas kelulusan diperoleh daripada pihak berkuasa tempatan, kata beliau dalam satu kenyataan.',
    ],
    [
      'en',
      'The mayor of the city said on Tuesday that he would not run again, according to a statement from his office.',
    ],
    ['de', 'Der Bürgermeister sagte am Dienstag, dass er nicht wieder für das Amt antreten wird.'],
    ['ru', 'Мэр города заявил во вторник, что не будет баллотироваться снова.'],
    ['ja', '市長は火曜日、再選を目指さないと述べた。'],
    ['und', '12345 67890'],
    ['und', ''],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('splitSentences (Indonesian news)', () => {
  const id = getPack('id');
  it.each([
    [
      'Ia tinggal di Jl. Sudirman No. 5 bersama H. Abdul. Dr. Budi datang Senin (1/12/25). Dana a.n. Budi sebesar Rp 2,1 triliun. Semua hadir.',
      [
        'Ia tinggal di Jl. Sudirman No. 5 bersama H. Abdul.',
        'Dr. Budi datang Senin (1/12/25).',
        'Dana a.n. Budi sebesar Rp 2,1 triliun.',
        'Semua hadir.',
      ],
    ],
    [
      // A quote that spans sentences stays whole, with its attribution.
      '“Rumah sakit kami sedang dalam proses menuju WBK. Karena itu, kami ingin belajar dari RSUD Kota Pontianak. Harapannya, apa yang kami pelajari dapat memperkuat upaya daerah,” ungkapnya.',
      [
        '“Rumah sakit kami sedang dalam proses menuju WBK. Karena itu, kami ingin belajar dari RSUD Kota Pontianak. Harapannya, apa yang kami pelajari dapat memperkuat upaya daerah,” ungkapnya.',
      ],
    ],
    [
      // Pre-tokenised text (IndoSum): spaced parentheses and a spaced closing quote.
      'Kabar adaptasi ke musikal ini muncul pada Senin (3 / 10). Fey mengatakan, " Saya akan bekerja sama. Ini serius. " Nell Benjamin pernah membuat musikal.',
      [
        'Kabar adaptasi ke musikal ini muncul pada Senin (3 / 10).',
        'Fey mengatakan, " Saya akan bekerja sama. Ini serius. "',
        'Nell Benjamin pernah membuat musikal.',
      ],
    ],
    [
      'Jakarta, KOMPAS.com - Harga naik 2,5 persen. Menurut BPS, inflasi terkendali.',
      ['Jakarta, KOMPAS.com - Harga naik 2,5 persen.', 'Menurut BPS, inflasi terkendali.'],
    ],
    [
      'Ia berharap kunjungan itu bermanfaat. “Siapa tahu Balangan lebih lihai,” katanya.(hen/mi).',
      [
        'Ia berharap kunjungan itu bermanfaat.',
        '“Siapa tahu Balangan lebih lihai,” katanya.(hen/mi).',
      ],
    ],
  ])('%s', (paragraph, expected) => {
    const sentences = splitSentences(paragraph, id);
    expect(sentences).toEqual(expected);
    for (const s of sentences) expect(paragraph).toContain(s);
  });

  it('splits English with its own abbreviations', () => {
    const en = getPack('en');
    expect(
      splitSentences(
        'Mr. Smith met Gov. Brown in the U.S. capital. They talked. It ended at 5 p.m. on Friday.',
        en,
      ),
    ).toEqual([
      'Mr. Smith met Gov. Brown in the U.S. capital.',
      'They talked.',
      'It ended at 5 p.m. on Friday.',
    ]);
  });
});

describe('findDateline', () => {
  it.each([
    ['Jakarta, CNN Indonesia - - Meski sudah hampir 12 tahun berlalu', 'Jakarta'],
    ['HABARTerkini.net, Paringin – Pemerintah Kabupaten Balangan', 'Paringin'],
    ['JAKARTA, KOMPAS.com - Polisi menangkap', 'JAKARTA'],
    ['Liputan6.com, Jakarta - Harga emas', 'Jakarta'],
    ['Merdeka.com - Lagi - lagi film karya anak Indonesia', null],
  ])('%s -> %s', (sentence, place) => {
    const d = findDateline(sentence);
    expect(d).not.toBeNull();
    expect(d!.place).toBe(place);
  });
  it('a dash inside a sentence is not a dateline', () => {
    expect(findDateline('Teh sudah jadi bagian - yang tak terpisahkan')).toBeNull();
    expect(findDateline('Rumah sakit itu - kata dia - penuh')).toBeNull();
  });
});

describe('parseNumber', () => {
  const id = getPack('id');
  const en = getPack('en');
  it.each([
    ['130.000', id, 130000],
    ['2,1', id, 2.1], // in Indonesian "2,1" is two point one
    ['1.234.567,89', id, 1234567.89],
    ['2.5', id, 2.5], // a lone dot before one digit cannot group thousands
    ['1,000', en, 1000],
    ['3.5', en, 3.5],
    ['1,234.5', en, 1234.5],
    ['12', en, 12],
  ])('%s', (text, pack, value) => {
    expect(parseNumber(text, pack)).toBe(value);
  });
});

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
