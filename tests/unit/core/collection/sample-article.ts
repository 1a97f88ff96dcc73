// Small hand-made articles for the library tests: realistic shapes, a few facts each.
import type { Article, Digest } from '../../../../src/core/types';

export interface Sample {
  article: Article;
  digest: Digest;
}

export function sampleArticle(
  n: number,
  over: Partial<Article> = {},
  person = `Siti Rahma ${n}`,
): Sample {
  const url = `https://news.example.id/2024/berita-${n}?utm_source=feed`;
  const text = [
    `${person} meresmikan jembatan baru di Palembang pada Senin (4/3/2024).`,
    `"Jembatan ini untuk warga," kata ${person} kepada wartawan.`,
    `Proyek senilai Rp 12 miliar itu dikerjakan Dinas Pekerjaan Umum selama ${n + 2} bulan.`,
  ];
  const article: Article = {
    url,
    canonicalUrl: `https://news.example.id/2024/berita-${n}`,
    title: `Jembatan baru nomor ${n} diresmikan`,
    byline: 'Redaksi',
    siteName: 'Example News',
    lang: 'id',
    publishedTime: '2024-03-04T08:00:00.000Z',
    excerpt: text[0] ?? null,
    leadImage: 'https://news.example.id/img/jembatan.jpg',
    wordCount: 40,
    readingMinutes: 1,
    html: text.map((p) => `<p>${p}</p>`).join(''),
    text: text.join('\n\n'),
    removed: [{ kind: 'share', text: 'Share.', words: 1 }],
    ...over,
  };
  const digest: Digest = {
    lang: 'id',
    sentences: text,
    summary: [{ text: text[0] ?? '', sentence: 0 }],
    facts: {
      people: [{ name: person, role: null, sentence: 0 }],
      places: [{ name: 'Palembang', sentence: 0 }],
      organizations: [{ name: 'Dinas Pekerjaan Umum', sentence: 2 }],
      dates: [{ text: 'Senin (4/3/2024)', iso: '2024-03-04', sentence: 0, confidence: 1 }],
      numbers: [{ text: 'Rp 12 miliar', value: 12e9, unit: 'IDR', sentence: 2 }],
      quotes: [{ text: 'Jembatan ini untuk warga,', speaker: person, sentence: 1 }],
      top: [
        { kind: 'person', label: person, detail: null, sentence: 0 },
        { kind: 'place', label: 'Palembang', detail: null, sentence: 0 },
        { kind: 'number', label: 'Rp 12 miliar', detail: null, sentence: 2 },
      ],
    },
  };
  return { article, digest };
}
