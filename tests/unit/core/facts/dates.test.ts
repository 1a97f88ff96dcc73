// findDates on single sentences, published on Tuesday 15 October 2024: written dates become ISO
// dates, weekdays and relative words resolve against the publication day, numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../../../src/core/facts/document';
import { findDates, MAX_DATE_FACTS } from '../../../../src/core/facts/dates';
import { getPack } from '../../../../src/core/text/packs';

const PUBLISHED = '2024-10-15';

function dates(lang: string, sentence: string) {
  return findDates(buildView([sentence], [0], getPack(lang), PUBLISHED)).dates;
}

const MUST_FIND: [lang: string, sentence: string, text: string, iso: string][] = [
  [
    'en',
    'The hall will open on 14 May 2024 and close on 2 June 2024.',
    '14 May 2024',
    '2024-05-14',
  ],
  [
    'en',
    'The hall will open on 14 May 2024 and close on 2 June 2024.',
    '2 June 2024',
    '2024-06-02',
  ],
  ['en', 'The report was published on March 3, 2023.', 'March 3, 2023', '2023-03-03'],
  ['en', 'Yesterday the rain stopped and the river went down.', 'Yesterday', '2024-10-14'],
  ['en', 'The mayor opened the new library on Tuesday.', 'Tuesday', '2024-10-15'],
  [
    'id',
    'Acara digelar pada Sabtu, 12 Oktober 2024 di alun-alun.',
    'Sabtu, 12 Oktober 2024',
    '2024-10-12',
  ],
  [
    'id',
    'Proyek dimulai 3 Januari 2023 dan selesai 20 Desember 2023.',
    '20 Desember 2023',
    '2023-12-20',
  ],
  ['id', 'Pertemuan berikutnya pada tanggal 05/11/2024.', '05/11/2024', '2024-11-05'],
  ['id', 'Jembatan diresmikan pada Senin pagi.', 'Senin', '2024-10-14'],
];

const MUST_NOT_FIND: [lang: string, sentence: string][] = [
  ['en', 'The bridge carries 2024 cars a day.'],
  ['en', 'Tickets cost 15 dollars.'],
  ['id', 'Sebanyak 2023 warga hadir.'],
  ['id', 'Pagi itu hujan turun sejak subuh dan jalan menjadi licin.'],
];

describe('findDates', () => {
  it.each(MUST_FIND)('%s: %s -> %s = %s', (lang, sentence, text, iso) => {
    expect(dates(lang, sentence).map((d) => [d.text, d.iso])).toContainEqual([text, iso]);
  });

  it.each(MUST_NOT_FIND)('%s: %s -> no date', (lang, sentence) => {
    expect(dates(lang, sentence)).toEqual([]);
  });

  it('trusts a full date more than a weekday or a relative word', () => {
    const [full] = dates('en', 'The report was published on March 3, 2023.');
    const [weekday] = dates('en', 'The mayor opened the new library on Tuesday.');
    const [relative] = dates('en', 'Yesterday the rain stopped.');
    expect(full!.confidence).toBe(1);
    expect(weekday!.confidence).toBeLessThan(1);
    expect(relative!.confidence).toBeLessThan(1);
  });
});

describe('findDates on a page of dates (issue 13, item 17)', () => {
  it('keeps the first MAX_DATE_FACTS dates as facts, and every date as a span', () => {
    const n = MAX_DATE_FACTS + 500;
    const sentence = 'Senin (1/12/25) '.repeat(n);
    const { dates, spans } = findDates(buildView([sentence], [0], getPack('id'), PUBLISHED));
    expect(MAX_DATE_FACTS).toBeLessThanOrEqual(1000);
    expect(dates.length).toBe(MAX_DATE_FACTS);
    expect(dates[0]!.iso).toBe('2025-12-01');
    expect(spans[0]!.length).toBe(n);
  });
});
