import { describe, it, expect } from 'vitest';
import { analyze, digestParagraphs, MAX_DIGEST_CHARS } from '../../../src/core/analyze';

const facts = (
  text: string,
  lang: string,
  publishedTime: string | null = '2025-12-01T19:42:00+08:00',
) => analyze(text.split(/\n\n/), { lang, publishedTime }).facts;

describe('dates', () => {
  it.each([
    // [language, text, expected text, iso]
    ['id', 'Rombongan meninjau RSUD SSMA, Senin (1/12/25).', 'Senin (1/12/25)', '2025-12-01'],
    ['id', 'Kejadian itu terjadi pada Kamis ( 27 / 7 ) malam.', 'Kamis ( 27 / 7 )', '2025-07-27'],
    ['id', 'Acara digelar pada 17 Agustus 2024 di Jakarta.', '17 Agustus 2024', '2024-08-17'],
    ['id', 'Banjir melanda desa itu kemarin.', 'kemarin', '2025-11-30'],
    ['id', 'Kabupaten itu berdiri sejak 2003 melalui pemekaran.', '2003', '2003'],
    ['id', 'Rapat digelar Selasa lalu di kantor bupati.', 'Selasa lalu', '2025-11-25'],
    ['en', 'The council met last Tuesday to vote.', 'last Tuesday', '2025-11-25'],
    [
      'en',
      'The law takes effect on December 1, 2025, officials said.',
      'December 1, 2025',
      '2025-12-01',
    ],
    ['en', 'Shares fell yesterday in Tokyo.', 'yesterday', '2025-11-30'],
    ['ms', 'Majlis itu diadakan pada 3 Mac 2024 di Kuala Lumpur.', '3 Mac 2024', '2024-03-03'],
  ])('%s: %s', (lang, text, expectedText, iso) => {
    const dates = facts(text, lang).dates;
    expect(dates).toContainEqual(expect.objectContaining({ text: expectedText, iso }));
  });

  it('a weekday that contradicts the date lowers confidence', () => {
    const [date] = facts('Rapat digelar Selasa (1/12/25) di Paringin.', 'id').dates;
    expect(date?.iso).toBe('2025-12-01');
    expect(date!.confidence).toBeLessThan(1);
  });

  it('a year in a URL is not a date', () => {
    const dates = facts(
      'Baca selengkapnya di https://habarterkini.net/2025/12/01/pemkab-balangan/ untuk detail.',
      'id',
    ).dates;
    expect(dates).toEqual([]);
  });

  it('relative dates need the publication date', () => {
    expect(facts('Banjir melanda desa itu kemarin.', 'id', null).dates).toEqual([]);
  });
});

describe('numbers', () => {
  it.each([
    ['id', 'Jumlah penduduknya sekitar 130.000 jiwa.', '130.000 jiwa', 130000, 'jiwa'],
    [
      'id',
      'Anggaran proyek itu mencapai Rp 2,1 triliun tahun ini.',
      'Rp 2,1 triliun',
      2.1e12,
      'IDR',
    ],
    ['id', 'Dana desa sebesar Rp500 juta sudah cair.', 'Rp500 juta', 5e8, 'IDR'],
    ['id', 'Rumah sakit itu memiliki 168 tempat tidur.', '168 tempat tidur', 168, 'tempat tidur'],
    ['id', 'Angka kemiskinan turun 25 persen.', '25 persen', 25, '%'],
    ['id', 'Inflasi tercatat 2,1% pada bulan lalu.', '2,1%', 2.1, '%'],
    ['en', 'The company raised $3.5 million from investors.', '$3.5 million', 3.5e6, 'USD'],
    ['en', 'About 1,200 people were evacuated.', '1,200 people', 1200, 'people'],
    ['ms', 'Projek itu bernilai RM2.5 bilion.', 'RM2.5 bilion', 2.5e9, 'MYR'],
  ])('%s: %s', (lang, text, expectedText, value, unit) => {
    expect(facts(text, lang).numbers).toContainEqual(
      expect.objectContaining({ text: expectedText, value, unit }),
    );
  });

  it.each([
    ['id', 'Kantornya di Jl. Sudirman No. 5, Paringin.'],
    ['id', 'Rapat dimulai pukul 19.42 WIB di aula.'],
    ['en', 'Cases of COVID-19 rose in the G20 countries.'],
    ['en', 'Read more at https://example.com/news/2025/123456 today.'],
  ])('%s: no quantity in "%s"', (lang, text) => {
    expect(facts(text, lang).numbers).toEqual([]);
  });
});

describe('people, places and organisations', () => {
  it.each([
    [
      'id',
      'Rombongan dipimpin Penjabat Sekretaris Daerah Balangan, Sufrianor, kemarin.',
      'Sufrianor',
      'Penjabat Sekretaris Daerah Balangan',
    ],
    [
      'id',
      'Jakarta, CNN Indonesia - - Pebalap Honda, Marc Marquez, menyatakan bakal menghindari adu mulut.',
      'Marc Marquez',
      'Pebalap Honda',
    ],
    [
      'id',
      'Amirullah, yang juga menjabat sebagai Ketua Dewan Pengawas rumah sakit, hadir.',
      'Amirullah',
      'Ketua Dewan Pengawas rumah sakit',
    ],
    [
      'en',
      'Eric Adams, the mayor of New York, said the city would recover.',
      'Eric Adams',
      'mayor of New York',
    ],
    ['id', 'Bantuan diserahkan oleh H. Abdul Karim kepada warga.', 'Abdul Karim', null],
    [
      'id',
      'Sufrianor menjelaskan bahwa Balangan baru memiliki dua perangkat daerah.',
      'Sufrianor',
      null,
    ],
  ])('%s: %s', (lang, text, name, role) => {
    expect(facts(text, lang).people).toContainEqual(expect.objectContaining({ name, role }));
  });

  it('a capitalised sentence start is not a person', () => {
    const people = facts(
      'Rombongan tiba di Paringin pada sore hari. Kondisi jalan cukup baik. Meskipun hujan, acara tetap berjalan.',
      'id',
    ).people;
    expect(people).toEqual([]);
  });

  it.each([
    [
      'id',
      'Pemerintah Kabupaten Balangan, Kalimantan Selatan, berkunjung ke Pontianak.',
      ['Kabupaten Balangan', 'Kalimantan Selatan', 'Pontianak'],
      ['Pemerintah Kabupaten Balangan'],
    ],
    [
      'id',
      'Ia belajar dari RSUD Kota Pontianak dan Dinas Kesehatan Provinsi Kalimantan Barat.',
      ['Kota Pontianak', 'Provinsi Kalimantan Barat'],
      ['RSUD Kota Pontianak', 'Dinas Kesehatan Provinsi Kalimantan Barat'],
    ],
    [
      'id',
      'Kantor Polres Balangan berada di Jl. Sudirman, Paringin.',
      ['Jl. Sudirman'],
      ['Polres Balangan'],
    ],
    [
      'en',
      'Officials at Harvard University met in Orange County with the Ministry of Health.',
      ['Orange County'],
      ['Harvard University', 'Ministry of Health'],
    ],
  ])('%s: %s', (lang, text, places, orgs) => {
    const f = facts(text, lang);
    for (const p of places) expect(f.places.map((x) => x.name)).toContain(p);
    for (const o of orgs) expect(f.organizations.map((x) => x.name)).toContain(o);
  });
});

describe('quotes', () => {
  it.each([
    [
      'id',
      'Sufrianor menjelaskan rencana itu.\n\n“Kami ingin belajar dari Pontianak,” ungkapnya.',
      'Kami ingin belajar dari Pontianak',
      'Sufrianor',
    ],
    [
      'id',
      '“Banyak dari kalian yang tidak tahu bahwa saya menjadi gelandangan,” ucap Stephanie yang dilansir dari Aceshowbiz.',
      'Banyak dari kalian yang tidak tahu bahwa saya menjadi gelandangan',
      'Stephanie',
    ],
    [
      'en',
      '"We will rebuild every home that was lost," Adams said on Monday.',
      'We will rebuild every home that was lost',
      'Adams',
    ],
    [
      'en',
      'Eric Adams spoke to reporters.\n\n"We will rebuild every home," he said.',
      'We will rebuild every home',
      'Eric Adams',
    ],
    [
      'en',
      '"The economy is recovering faster than expected," according to Janet Yellen.',
      'The economy is recovering faster than expected',
      'Janet Yellen',
    ],
  ])('%s: %s', (lang, text, quote, speaker) => {
    expect(facts(text, lang).quotes).toContainEqual(
      expect.objectContaining({ text: quote, speaker }),
    );
  });

  it('the speaker is null when the text does not say', () => {
    const quotes = facts(
      '“Kami tidak akan menyerah dan terus berjuang sampai akhir.”',
      'id',
    ).quotes;
    expect(quotes).toEqual([expect.objectContaining({ speaker: null })]);
  });

  it('a quoted title is not a quote', () => {
    const f = facts('Film " Aisyah Biarkan Kami Bersaudara " menjadi favorit festival.', 'id');
    expect(f.quotes).toEqual([]);
  });
});

describe('the digest of a huge page (issue 13, item 17)', () => {
  it('reads at most MAX_DIGEST_CHARS of the article, cut at a space, and every paragraph before', () => {
    expect(digestParagraphs(['a b', 'c d e'], 6)).toEqual(['a b', 'c d']);
    expect(digestParagraphs(['a b', 'c d e'], 5)).toEqual(['a b', 'c']);
    expect(digestParagraphs(['a b', 'c d'], 100)).toEqual(['a b', 'c d']);
    const day = 'Pada Senin 1 Desember 2025 warga berkumpul di Balai Kota. ';
    const page = [day.repeat(20), day.repeat(Math.ceil((MAX_DIGEST_CHARS * 3) / day.length))];
    const digest = analyze(page, { lang: 'id' });
    const read = digest.sentences.reduce((n, s) => n + s.length, 0);
    expect(read).toBeLessThanOrEqual(MAX_DIGEST_CHARS);
    expect(read).toBeGreaterThan(MAX_DIGEST_CHARS * 0.9);
    // The first paragraph is read whole.
    expect(digest.sentences.slice(0, 20).every((s) => s === day.trim())).toBe(true);
  });
});
