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

/** For each word of any profile, the profiles that hold it: [profile index, stop, marker] each. */
let wordIndex: Map<string, [number, boolean, boolean][]> | null = null;
function getWordIndex(): Map<string, [number, boolean, boolean][]> {
  if (wordIndex) return wordIndex;
  wordIndex = new Map();
  getProfiles().forEach((p, i) => {
    for (const w of new Set([...p.stop, ...p.markers])) {
      const entry: [number, boolean, boolean] = [i, p.stop.has(w), p.markers.has(w)];
      const list = wordIndex!.get(w);
      if (list) list.push(entry);
      else wordIndex!.set(w, [entry]);
    }
  });
  return wordIndex;
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
  // One look-up per word for all profiles, then the profiles in order as before.
  const all = getProfiles();
  const stops = new Array<number>(all.length).fill(0);
  const markers = new Array<number>(all.length).fill(0);
  const index = getWordIndex();
  for (let i = 0; i < n; i++) {
    const hits = index.get(words[i]!);
    if (!hits) continue;
    for (const [p, stop, marker] of hits) {
      if (stop) stops[p]!++;
      if (marker) markers[p]!++;
    }
  }
  all.forEach((p, i) => {
    const score = stops[i]! + MARKER_WEIGHT * markers[i]!;
    if (score > bestScore) {
      best = p.code;
      bestScore = score;
      bestStops = stops[i]!;
    }
  });
  if (n === 0 || bestStops < Math.max(1, n * MIN_STOP_SHARE)) return 'und';
  return best;
}
