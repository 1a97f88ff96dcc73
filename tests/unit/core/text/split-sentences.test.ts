import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../../../src/core/text/split-sentences';
import { getPack } from '../../../../src/core/text/packs';

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
