import { describe, it, expect } from 'vitest';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import { LibrarySearch, prefixFields } from '../../../../src/core/collection/search-index';
import { sampleArticle } from './sample-article';

function saved(n: number, over: Partial<SavedArticle> = {}, person?: string): SavedArticle {
  return { ...makeSavedArticle(sampleArticle(n, {}, person), `id-${n}`, 1_000 * n), ...over };
}

describe('LibrarySearch', () => {
  const records = [
    saved(
      1,
      { title: 'Banjir di Semarang', text: 'Hujan deras merendam ratusan rumah warga.' },
      'Ganjar Pranowo',
    ),
    saved(
      2,
      { title: 'Harga beras naik', text: 'Pedagang di pasar mengeluhkan harga yang terus naik.' },
      'Joko Widodo',
    ),
    saved(
      3,
      { title: 'Café in São Paulo', text: 'The barista opened a new café downtown.' },
      'José Álvarez',
    ),
  ];
  const search = LibrarySearch.build(records);
  const ids = (q: string) => search.search(q).map((h) => h.id);

  it('finds a person from the facts, also with a typo or a prefix', () => {
    expect(ids('Widodo')).toEqual(['id-2']);
    expect(ids('Widdodo')).toEqual(['id-2']);
    expect(ids('Pranow')).toEqual(['id-1']);
    expect(ids('jose')).toEqual(['id-3']);
  });

  it('searches title and text, needs every word, and ignores accents and case', () => {
    expect(ids('sao paulo')).toEqual(['id-3']);
    expect(ids('harga pasar')).toEqual(['id-2']);
    expect(ids('pedagang semarang')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('is kept up to date one record at a time and survives serialisation', () => {
    const copy = LibrarySearch.load(search.toJSON());
    copy.put({ ...records[1]!, title: 'Harga gula turun' });
    copy.remove('id-1');
    expect(copy.search('gula').map((h) => h.id)).toEqual(['id-2']);
    expect(copy.search('beras').map((h) => h.id)).toEqual([]);
    expect(copy.search('semarang')).toEqual([]);
    expect(copy.size).toBe(2);
    expect(search.search('semarang').map((h) => h.id)).toEqual(['id-1']);
  });
});

describe('LibrarySearch with stems and notes', () => {
  const records = [
    saved(1, { title: 'Jalan tol', text: 'Pemerintah membangun jalan tol baru.' }),
    saved(2, { title: 'Sekolah', text: 'Gedung sekolah itu dibangun warga.' }),
    saved(3, { title: 'Anggaran', text: 'Dana pembangunan desa naik tahun ini.' }),
    saved(4, { title: 'Pasar', text: 'Pedagang menjual sayur.' }),
    saved(5, { title: 'Votes', text: 'The council was running out of time.' }),
    saved(6, {
      title: 'Cuaca',
      text: 'Hujan turun.',
      highlights: [
        {
          id: 'h',
          color: 'yellow',
          exact: 'Hujan turun',
          prefix: '',
          suffix: '.',
          note: 'bandingkan dengan kemarau',
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    }),
  ];
  const search = LibrarySearch.build(records);
  const ids = (q: string) =>
    search
      .search(q)
      .map((h) => h.id)
      .sort();

  it('finds every form of an Indonesian word from any of them', () => {
    for (const q of ['membangun', 'dibangun', 'pembangunan'])
      expect(ids(q), q).toEqual(['id-1', 'id-2', 'id-3']);
  });

  it('ranks the form typed first and stems English', () => {
    expect(search.search('dibangun')[0]!.id).toBe('id-2');
    expect(ids('runs')).toEqual(['id-5']);
  });

  it('searches the notes of highlights', () => {
    expect(ids('kemarau')).toEqual(['id-6']);
  });
});

describe('LibrarySearch prefixes of the word being typed', () => {
  const note = (text: string) => ({
    id: 'h',
    color: 'yellow' as const,
    exact: 'Hujan turun',
    prefix: '',
    suffix: '.',
    note: text,
    createdAt: 1,
    updatedAt: 1,
  });
  const records = [
    saved(1, { title: 'Kelurahan baru', text: 'Hujan turun.' }),
    saved(2, { title: 'Pasar', text: 'Warga kelurahan berkumpul.' }),
    saved(3, { title: 'Sekolah', text: 'Hujan turun.' }, 'Kelvin Hartono'),
    saved(4, { title: 'Cuaca', text: 'Hujan turun.', highlights: [note('kelabu sekali')] }),
    saved(5, { title: 'Jalan', text: 'Jalan tol kel dibuka.' }),
  ];
  const search = LibrarySearch.build(records);
  const ids = (q: string) =>
    search
      .search(q)
      .map((h) => h.id)
      .sort();

  it('matches prefixes from four letters in every field, from three only in short fields', () => {
    const table: [string, string[]][] = [
      // three letters: titles, names and notes as a prefix; the text only the whole word
      ['kel', ['id-1', 'id-3', 'id-4', 'id-5']],
      // four letters: every field
      ['kelu', ['id-1', 'id-2']],
      ['kelv', ['id-3']],
      ['kela', ['id-4']],
      // two letters: no prefix anywhere
      ['ke', []],
      // only the last word is a prefix
      ['kelu hujan', []],
      ['hujan kelu', ['id-1']],
      ['warga kel', []],
      ['warga kelu', ['id-2']],
    ];
    for (const [query, expected] of table) expect(ids(query), query).toEqual(expected);
  });

  it('says where the word being typed is a prefix', () => {
    const table: [string, readonly string[]][] = [
      ['k', []],
      ['ke', []],
      ['kel', ['title', 'people', 'places', 'organizations', 'notes']],
      ['kelu', ['title', 'text', 'people', 'places', 'organizations', 'notes']],
      ['kelurahan', ['title', 'text', 'people', 'places', 'organizations', 'notes']],
    ];
    for (const [word, fields] of table) expect(prefixFields(word), word).toEqual(fields);
  });
});
