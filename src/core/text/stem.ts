// Word stems for search: what "membangun", "dibangun" and "pembangunan" share ("bangun"), and
// "running" and "runs" ("run"). A language with affixes is data: its rules are a pack file
// (src/core/lang/packs/<code>/stem.json, read through AffixRules); English uses the Porter
// stemmer (the `stemmer` package). Without a root dictionary some affixes are ambiguous
// (mengirim is kirim, mengambil is ambil), so a word gives every reading the rules allow; the
// search index keeps them all and a query matches any of them.
import { stemmer as porter } from 'stemmer';
import idRules from '../lang/packs/id/stem.json';

export interface AffixRulesData {
  code: string;
  /** Words shorter than this are left as they are. */
  minWord: number;
  /** Readings shorter than this are dropped. */
  minStem: number;
  /** Prefixes stripped one after another at most (di-per-besar). */
  maxPrefixes: number;
  /** Suffix groups, outermost first (particles, possessives, derivational suffixes). */
  suffixes: string[][];
  /** [pattern at the start of the word, the letters each reading puts back]. */
  prefixes: [string, string[]][];
}

export interface AffixRules {
  code: string;
  minWord: number;
  minStem: number;
  maxPrefixes: number;
  suffixes: string[][];
  prefixes: { pattern: RegExp; readings: string[] }[];
}

export function compileAffixRules(data: AffixRulesData): AffixRules {
  return {
    code: data.code,
    minWord: data.minWord,
    minStem: data.minStem,
    maxPrefixes: data.maxPrefixes,
    suffixes: data.suffixes,
    prefixes: data.prefixes.map(([source, readings]) => ({
      pattern: new RegExp(source, 'u'),
      readings,
    })),
  };
}

/** The packs with affix rules; a new language is a stem.json and one line here. */
export const AFFIX_RULES: readonly AffixRules[] = [
  compileAffixRules(idRules as unknown as AffixRulesData),
];

function withoutSuffixes(word: string, rules: AffixRules): string[] {
  let forms = [word];
  for (const group of rules.suffixes) {
    const next = new Set(forms);
    for (const form of forms) {
      for (const suffix of group)
        if (form.endsWith(suffix) && form.length - suffix.length >= rules.minStem)
          next.add(form.slice(0, -suffix.length));
    }
    forms = [...next];
  }
  return forms;
}

function withoutPrefixes(word: string, rules: AffixRules, depth: number, out: Set<string>): void {
  if (depth >= rules.maxPrefixes) return;
  for (const { pattern, readings } of rules.prefixes) {
    const match = pattern.exec(word);
    if (!match) continue;
    const rest = word.slice(match[0].length);
    for (const reading of readings) {
      const stem = reading + rest;
      if (stem.length < rules.minStem || out.has(stem)) continue;
      out.add(stem);
      withoutPrefixes(stem, rules, depth + 1, out);
    }
  }
}

/** Every reading of a word under one pack's affix rules, the word itself excluded. */
export function affixReadings(word: string, rules: AffixRules): string[] {
  if (word.length < rules.minWord) return [];
  const out = new Set<string>();
  for (const form of withoutSuffixes(word, rules)) {
    out.add(form);
    withoutPrefixes(form, rules, 0, out);
  }
  out.delete(word);
  return [...out];
}

const MAX_CACHE = 200_000;
const cache = new Map<string, readonly string[]>();

/**
 * The stems of a folded (lower-case, unaccented) word under every pack's rules and the Porter
 * stemmer, without the word itself. Memoised: a library repeats its vocabulary.
 */
export function stemsOf(word: string): readonly string[] {
  const known = cache.get(word);
  if (known) return known;
  const out = new Set<string>();
  for (const rules of AFFIX_RULES) for (const stem of affixReadings(word, rules)) out.add(stem);
  if (/^[a-z]+$/.test(word)) {
    const english = porter(word);
    if (english.length >= 2) out.add(english);
  }
  out.delete(word);
  const stems = [...out];
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, stems);
  return stems;
}
