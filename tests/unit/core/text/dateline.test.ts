import { describe, it, expect } from 'vitest';
import { findDateline } from '../../../../src/core/text/dateline';

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
