// Language detection: first by script (cheap and certain for most non-Latin scripts), then for
// Latin text by stop-word profiles from the language packs, with marker words that tell close
// neighbours apart (Indonesian and Malay share most of their function words).
import { allRawPacks } from './packs';
import { charClass, LATIN as LATIN_BIT, LETTER as LETTER_BIT } from './char-class';

interface Profile {
  code: string;
  stop: Set<string>;
  markers: Set<string>;
}

let profiles: Profile[] | null = null;
function getProfiles(): Profile[] {
  profiles ??= allRawPacks().map((p) => ({
    code: p.code,
    stop: new Set(p.stopwords.map((w) => w.toLowerCase())),
    markers: new Set((p.markers ?? []).map((w) => w.toLowerCase())),
  }));
  return profiles;
}

/** Scripts that name their language well enough; checked on letters, in this order. */
const SCRIPTS: readonly [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
];

const SAMPLE_CHARS = 6000;
const MAX_WORDS = 500;
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Share of stop-word hits below which the text is not called any language. */
const MIN_STOP_SHARE = 0.08;
const MARKER_WEIGHT = 3;

/** Letters and Latin characters of the text, by the character table (by regex past the BMP). */
function countLetters(sample: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff)
      return {
        letters: sample.match(LETTER)?.length ?? 0,
        latin: sample.match(LATIN)?.length ?? 0,
      };
    const bits = charClass(code);
    if (bits & LETTER_BIT) letters++;
    if (bits & LATIN_BIT) latin++;
  }
  return { letters, latin };
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { letters, latin } = countLetters(sample);
  if (letters === 0) return 'und';
  if (latin < letters / 2) {
    for (const [script, code] of SCRIPTS) if (script.test(sample)) return code;
    return 'und';
  }
  const words = sample.toLowerCase().match(WORD) ?? [];
  const n = Math.min(words.length, MAX_WORDS);
  let best = 'und';
  let bestScore = 0;
  let bestStops = 0;
  for (const p of getProfiles()) {
    let stops = 0;
    let markers = 0;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (p.stop.has(w)) stops++;
      if (p.markers.has(w)) markers++;
    }
    const score = stops + MARKER_WEIGHT * markers;
    if (score > bestScore) {
      best = p.code;
      bestScore = score;
      bestStops = stops;
    }
  }
  if (n === 0 || bestStops < Math.max(1, n * MIN_STOP_SHARE)) return 'und';
  return best;
}
