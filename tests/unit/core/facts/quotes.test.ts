// findQuotes on single sentences: quoted speech with its speaker, and quoted words that are no
// speech (a scare quote, a name for something).
import { describe, expect, it } from 'vitest';
import { buildView } from '../../../../src/core/facts/document';
import { findEntities } from '../../../../src/core/facts/entities';
import { findQuotes } from '../../../../src/core/facts/quotes';
import { getPack } from '../../../../src/core/text/packs';

function quotes(lang: string, sentence: string) {
  const view = buildView([sentence], [0], getPack(lang), '2024-10-15');
  const { mentions, people } = findEntities(view, null);
  return findQuotes(view, mentions, people).map((q) => [q.text, q.speaker]);
}

const MUST_FIND: [lang: string, sentence: string, text: string, speaker: string | null][] = [
  [
    'en',
    '"We waited ten years for this," said Peter Marsh, a retired teacher.',
    'We waited ten years for this',
    'Peter Marsh',
  ],
  ['en', '"The roof leaks every winter," Marsh said.', 'The roof leaks every winter', 'Marsh'],
  [
    'en',
    'Holloway said: "This library belongs to everyone who lives in the city."',
    'This library belongs to everyone who lives in the city.',
    'Holloway',
  ],
  [
    'id',
    '"Jembatan ini memperpendek jarak ke pasar," kata Harda Kiswaya kepada wartawan.',
    'Jembatan ini memperpendek jarak ke pasar',
    'Harda Kiswaya',
  ],
  [
    'id',
    '"Kami akan terus memantau kondisi jembatan setiap bulan," ujar Taufiq Wahyudi.',
    'Kami akan terus memantau kondisi jembatan setiap bulan',
    'Taufiq Wahyudi',
  ],
];

const MUST_NOT_FIND: [lang: string, sentence: string][] = [
  ['en', 'He called it a "temporary fix" and left.'],
  ['en', 'The rain stopped and the river went down.'],
  ['id', 'Ia menyebut bangunan itu "warisan kota" bagi warga.'],
];

describe('findQuotes', () => {
  it.each(MUST_FIND)('%s: %s -> %s (%s)', (lang, sentence, text, speaker) => {
    expect(quotes(lang, sentence)).toContainEqual([text, speaker]);
  });

  it.each(MUST_NOT_FIND)('%s: %s -> no quote', (lang, sentence) => {
    expect(quotes(lang, sentence)).toEqual([]);
  });
});
