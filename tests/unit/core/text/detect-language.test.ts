import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../../../src/core/text/detect-language';

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
