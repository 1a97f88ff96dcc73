import { describe, it, expect } from 'vitest';
import { analyze } from '../../../../src/core/analyze';

// The opening of a real IndoSum article (pre-tokenised as the corpus keeps it).
const ARTICLE = [
  'Jakarta, CNN Indonesia - - Meski sudah hampir 12 tahun berlalu, film Mean Girls merupakan salah satu film remaja sepanjang masa yang sulit untuk dilupakan.',
  'Tak heran kemudian, rumah produksi film yang dibintangi Lindsay Lohan, Rachel McAdams dan Amanda Seyfried ini kemudian memutuskan akan mengadaptasinya untuk dibuat dalam versi musikal.',
  'Konfirmasi akan kepastian adaptasi dari film yang naskah skenarionya ditulis Tina Fey dan disutradara Mark Waters ini diumumkan lewat akun resmi Twitter dan Facebook MeanGirlsDC.',
  'Dijadwalkan pementasan musikal dari adaptasi naskah itu akan berlangsung September, tahun depan di Washington DC.',
  'Fey pada Metro mengatakan, " Saya, suami saya, komposer Jeff Richmond, dan penulis lirik Nell Benjamin, akan bekerja sama untuk adaptasi musikal ini. "',
  'Mean Girls Day',
  'Nell Benjamin sebelumnya juga pernah membuat musikal Legally Blonde.',
];

describe('summarize', () => {
  it('returns N sentences in article order, each citing its sentence', () => {
    for (const n of [1, 3, 5, 7]) {
      const d = analyze(ARTICLE, { lang: 'id', summarySentences: n });
      expect(d.summary).toHaveLength(n);
      const idx = d.summary.map((s) => s.sentence);
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
      for (const s of d.summary) expect(d.sentences[s.sentence]).toContain(s.text);
    }
  });

  it('clamps the length to 1..7', () => {
    expect(analyze(ARTICLE, { summarySentences: 0 }).summary).toHaveLength(1);
    expect(analyze(ARTICLE, { summarySentences: 99 }).summary).toHaveLength(7);
  });

  it('leaves out the dateline, fragments and quoted speech', () => {
    const d = analyze(ARTICLE, { lang: 'id' });
    expect(d.summary[0]!.text.startsWith('Meski sudah hampir 12 tahun')).toBe(true);
    const chosen = d.summary.map((s) => d.sentences[s.sentence]);
    expect(chosen).not.toContain('Mean Girls Day');
    expect(chosen.some((s) => s!.includes('" Saya'))).toBe(false);
  });

  it('keeps a short article whole and an empty one empty', () => {
    expect(analyze(['Satu kalimat saja di sini.'], { lang: 'id' }).summary).toEqual([
      { text: 'Satu kalimat saja di sini.', sentence: 0 },
    ]);
    const empty = analyze([], {});
    expect(empty.summary).toEqual([]);
    expect(empty.sentences).toEqual([]);
    expect(empty.lang).toBe('und');
  });

  it('works for a language without a full pack (language-neutral parts)', () => {
    const d = analyze(
      [
        'Der Bürgermeister sagte am Dienstag, dass er nicht antreten wird. Die Stadt hat 12.000 Einwohner. Das ist neu.',
      ],
      {},
    );
    expect(d.lang).toBe('de');
    expect(d.sentences).toHaveLength(3);
    expect(d.summary.length).toBe(3);
  });
});
