// findEntities on single sentences: who, where and which organisation each cue names, and the
// capitalised words with no cue (a sentence start, a weekday) that are no fact.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../../../src/core/facts/document';
import { findEntities } from '../../../../src/core/facts/entities';
import { getPack } from '../../../../src/core/text/packs';

function entities(lang: string, sentence: string) {
  const found = findEntities(buildView([sentence], [0], getPack(lang), '2024-10-15'), null);
  return {
    people: found.people.map((p) => p.name),
    roles: found.people.map((p) => p.role),
    places: found.places.map((p) => p.name),
    organizations: found.organizations.map((o) => o.name),
  };
}

type Kind = 'people' | 'places' | 'organizations';

const MUST_FIND: [lang: string, sentence: string, kind: Kind, name: string][] = [
  [
    'id',
    '"Jembatan ini memperpendek jarak ke pasar," kata Harda Kiswaya kepada wartawan.',
    'people',
    'Harda Kiswaya',
  ],
  [
    'id',
    'Kepala Dinas Pekerjaan Umum Kabupaten Sleman, Taufiq Wahyudi, menjelaskan biaya proyek.',
    'people',
    'Taufiq Wahyudi',
  ],
  [
    'id',
    'Kepala Dinas Pekerjaan Umum Kabupaten Sleman, Taufiq Wahyudi, menjelaskan biaya proyek.',
    'organizations',
    'Dinas Pekerjaan Umum Kabupaten Sleman',
  ],
  [
    'id',
    'Kepala Dinas Pekerjaan Umum Kabupaten Sleman, Taufiq Wahyudi, menjelaskan biaya proyek.',
    'places',
    'Kabupaten Sleman',
  ],
  [
    'id',
    'Bupati Sleman Harda Kiswaya meresmikan jembatan baru di Kecamatan Depok pada Senin pagi.',
    'places',
    'Kecamatan Depok',
  ],
  [
    'id',
    'Menurut Badan Meteorologi, Klimatologi, dan Geofisika cuaca akan cerah.',
    'organizations',
    'Badan Meteorologi',
  ],
  [
    'en',
    '"We waited ten years for this," said Peter Marsh, a retired teacher.',
    'people',
    'Peter Marsh',
  ],
  [
    'en',
    'Dr. Amelia Stone said the building uses less energy than the old one.',
    'people',
    'Amelia Stone',
  ],
  [
    'en',
    'Students from the University of Manchester volunteered at the Central Library.',
    'organizations',
    'University of Manchester',
  ],
];

const MUST_NOT_FIND: [lang: string, sentence: string, name: string][] = [
  ['id', 'Pagi itu hujan turun sejak subuh dan jalan menjadi licin.', 'Pagi'],
  [
    'id',
    'Bupati Sleman Harda Kiswaya meresmikan jembatan baru di Kecamatan Depok pada Senin pagi.',
    'Senin',
  ],
  ['id', 'Warga dari Yogyakarta dan Magelang datang untuk melihat peresmian itu.', 'Warga'],
  ['en', 'Yesterday the rain stopped and the river went down.', 'Yesterday'],
  [
    'en',
    'Students from the University of Manchester volunteered at the Central Library.',
    'Students',
  ],
  ['en', 'Dr. Amelia Stone said the building uses less energy than the old one.', 'Dr'],
  ['en', 'The mayor of Leeds, Jane Holloway, opened the new library on Tuesday.', 'Tuesday'],
];

describe('findEntities', () => {
  it.each(MUST_FIND)('%s: %s -> %s %s', (lang, sentence, kind, name) => {
    expect(entities(lang, sentence)[kind]).toContain(name);
  });

  it.each(MUST_NOT_FIND)('%s: %s -> no %s', (lang, sentence, name) => {
    const found = entities(lang, sentence);
    const names = [...found.people, ...found.places, ...found.organizations];
    expect(names.filter((n) => n === name || n.startsWith(`${name} `))).toEqual([]);
  });

  it('keeps the role an appositive gives a person', () => {
    const found = entities(
      'id',
      'Kepala Dinas Pekerjaan Umum Kabupaten Sleman, Taufiq Wahyudi, menjelaskan biaya proyek.',
    );
    expect(found.roles[found.people.indexOf('Taufiq Wahyudi')]).toBe(
      'Kepala Dinas Pekerjaan Umum Kabupaten Sleman',
    );
  });

  it('does not take an organisation for a person', () => {
    const found = entities('en', 'Students from the University of Manchester volunteered.');
    expect(found.people).toEqual([]);
  });
});
