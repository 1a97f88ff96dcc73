// Lines a theme prints around the text that the packs name (issue 12): a reading-time line
// ("Tempo de leitura: 1 minuto", "5 min read", "Waktu baca 2 menit"), a picture credit ("Image
// copyright Getty Images") and a caption label ("Media caption Protesters gathered ..."). General
// rules over every pack's phrases; the clean-up removes the first two and makes the third a
// caption (it stays in the HTML, out of the prose).
import { linePhrases } from '../lang/clutter';

export const CLUTTER_LINES = {
  /** A reading-time line has at most this many words, one of them a number. */
  maxReadingTimeWords: 8,
  /** A credit line has at most this many words after its label. */
  maxCreditWords: 12,
  /** A caption has at most this many words. */
  maxCaptionWords: 80,
} as const;

const contains = (normalized: string, phrase: string): boolean =>
  ` ${normalized} `.includes(` ${phrase} `);
const startsWith = (normalized: string, phrase: string): boolean =>
  normalized === phrase || normalized.startsWith(`${phrase} `);

export type ClutterLine = 'reading-time' | 'credit' | 'caption';

/**
 * What a short block is, when the packs name it a reading-time line, a credit or a caption;
 * `normalized` is the head of its text as normalizeLabel gives it (the clean-up has it already).
 */
export function clutterLine(normalized: string, words: number): ClutterLine | null {
  if (words === 0 || words > CLUTTER_LINES.maxCaptionWords) return null;
  const phrases = linePhrases();
  if (words <= CLUTTER_LINES.maxReadingTimeWords && normalized.includes('#'))
    if (phrases.readingTime.some((p) => contains(normalized, p))) return 'reading-time';
  for (const label of phrases.credit)
    if (startsWith(normalized, label))
      return words - label.split(' ').length <= CLUTTER_LINES.maxCreditWords ? 'credit' : null;
  for (const label of phrases.caption)
    if (startsWith(normalized, label) && normalized !== label) return 'caption';
  return null;
}
