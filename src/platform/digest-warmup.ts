// A first digest of a few made-up sentences, for the background (src/platform/digest.ts) to run
// while it waits for the page's article: a digest's first run in a fresh thread costs several times a
// later one (its code is compiled and its patterns built on first use; the date patterns of a
// language are built once and kept), so the article's own digest comes warm. Its result is
// dropped: the patterns it builds are the same for every text, so nothing of it leaks into the
// article's digest (tests/unit/platform/digest-warmup.test.ts checks the same digest either way).
import { articleDigest } from '../core/analyze';
import type { TaggerSource } from '../core/ner/models';

const SAMPLES: Record<string, { title: string; text: string }> = {
  en: {
    title: 'Council approves the new bridge budget',
    text: [
      'JAKARTA, Monday (1/12/2025) - The city council approved a budget of $4.5 million for the new bridge on December 1, 2025, officials said.',
      '"We will start building in March," said Mayor John Smith, adding that 20 percent of the work was planned for last Tuesday.',
      'The project, first proposed in 2003, will employ 1,200 workers from the Ministry of Public Works in Surabaya, Indonesia.',
      'Yesterday the governor met the contractors; another meeting is expected next Friday, on 5 January 2026.',
    ].join('\n\n'),
  },
  id: {
    title: 'DPRD setujui anggaran jembatan baru',
    text: [
      'JAKARTA, KOMPAS.com - Dewan Perwakilan Rakyat Daerah menyetujui anggaran Rp 4,5 miliar untuk jembatan baru pada Senin (1/12/2025), kata pejabat.',
      '"Kami mulai membangun pada Maret," ujar Wali Kota Budi Santoso, seraya menambahkan 20 persen pekerjaan direncanakan Selasa lalu.',
      'Proyek yang pertama kali diusulkan sejak 2003 itu akan mempekerjakan 1.200 pekerja dari Kementerian Pekerjaan Umum di Surabaya, Jawa Timur.',
      'Kemarin gubernur bertemu para kontraktor; pertemuan berikutnya dijadwalkan Jumat depan, 5 Januari 2026.',
    ].join('\n\n'),
  },
};

/**
 * Runs a digest of a sample in the language (or English where there is no sample), with the
 * entity taggers when given (their code is warmed too).
 */
export function warmUpDigest(lang: string, taggers: TaggerSource | null = null): void {
  const code = lang.toLowerCase().split('-')[0] ?? '';
  const sample = SAMPLES[code] ?? SAMPLES.en!;
  articleDigest(
    {
      text: sample.text,
      lang: code in SAMPLES ? code : 'en',
      publishedTime: null,
      title: sample.title,
    },
    { summarySentences: 3, taggers },
  );
}
