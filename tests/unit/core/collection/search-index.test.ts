import { describe, it, expect } from 'vitest';
import { makeSavedArticle } from '../../../../src/core/collection/record';
import { type SavedArticle } from '../../../../src/core/schema/saved-article';
import { LibrarySearch } from '../../../../src/core/collection/search-index';
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
