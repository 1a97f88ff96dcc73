import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../../src/core/extract/title';

describe('cleanTitle', () => {
  it.each([
    [
      'Pemkab Balangan Pelajari Zona Integritas - HABARTerkini.net',
      'HABARTerkini.net',
      'https://habarterkini.net/x',
      'Pemkab Balangan Pelajari Zona Integritas',
    ],
    [
      'Kabar Daerah | Jembatan Baru Dibuka',
      'Kabar Daerah',
      'https://kabar.example/x',
      'Jembatan Baru Dibuka',
    ],
    [
      'Jembatan Baru Dibuka - Kompas.com',
      null,
      'https://regional.kompas.com/x',
      'Jembatan Baru Dibuka',
    ],
    [
      'Hong Kong - China tension grows',
      'Express',
      'https://www.express.co.uk/x',
      'Hong Kong - China tension grows',
    ],
  ])('%s', (title, site, url, expected) => expect(cleanTitle(title, site, url)).toBe(expected));
});
