// Numbers with their unit and what they count: "130.000 jiwa" -> 130000 jiwa, "Rp 2,1 triliun"
// -> 2.1e12 IDR, "168 tempat tidur", "25 persen" -> 25 %, "$3.5 million" -> 3.5e6 USD, read in
// the pack's number format. Numbers inside dates, URLs, times, labels ("No. 5", "Pasal 2") and
// words ("COVID-19", "G20") are not quantities, and neither is a bare number without a unit or a
// thing counted (scores "6-4 6-3", table cells).
import type { NumberFact } from '../types';
import type { TextPack } from '../text/packs';
import { parseNumber } from '../text/numbers';
import type { DocumentView } from './document';
import { overlapsSorted, type Span } from './span-set';

interface Patterns {
  number: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new WeakMap<TextPack, Patterns>();
/** Currency keys written before the amount ("Rp", "US$", "$"), as opposed to words after it. */
const PREFIX_CURRENCY = /^(?:\p{Lu}[\p{L}]{0,2}\.?\$?|\p{Lu}{0,2}[^\p{L}\p{N}\s])$/u;
const TIME_WORDS = new Set([
  'wib',
  'wita',
  'wit',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'jam',
  'pukul',
]);

function patterns(pack: TextPack): Patterns {
  let p = cache.get(pack);
  if (p) return p;
  const prefixes = [...pack.currencies.keys()].filter((k) => PREFIX_CURRENCY.test(k));
  prefixes.sort((a, b) => b.length - a.length);
  const cur = prefixes.map(escape).join('|');
  p = {
    number: new RegExp(
      `(?<![\\p{L}\\p{N}_\\-/.,:])(?:(${cur})\\s?)?(\\d+(?:[.,]\\d+)*)(?![\\p{N}]|[.,:]\\d|/\\d)`,
      'gu',
    ),
  };
  cache.set(pack, p);
  return p;
}

const WORD_AFTER = /^(\s?)([\p{L}%°²][\p{L}\p{N}%°²/]*\.?)/u;

/** The next word after position `at` (with its end), for scale and unit look-ups. */
function nextWord(text: string, at: number): { word: string; end: number; spaced: boolean } | null {
  const m = WORD_AFTER.exec(text.slice(at, at + 40));
  if (!m) return null;
  return {
    word: m[2]!.replace(/\.$/, ''),
    end: at + m[0].length - (m[2]!.endsWith('.') ? 1 : 0),
    spaced: m[1] !== '',
  };
}

function lookupScale(pack: TextPack, word: string): number | undefined {
  return (
    pack.scales.get(word) ?? (word.length > 2 ? pack.scales.get(word.toLowerCase()) : undefined)
  );
}

/** A unit phrase from the pack (longest first) starting at `at`. */
function lookupUnit(
  pack: TextPack,
  text: string,
  at: number,
): { unit: string; end: number } | null {
  const ahead = text.slice(at, at + 60).toLowerCase();
  for (const { words, unit } of pack.units) {
    const phrase = words.join(' ');
    const m = /^\s?/.exec(ahead)!;
    const rest = ahead.slice(m[0].length);
    if (rest.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(rest[phrase.length] ?? '')) {
      return { unit, end: at + m[0].length + phrase.length };
    }
  }
  return null;
}

export function findNumbers(doc: DocumentView, dateSpans: Span[][]): NumberFact[] {
  const { pack } = doc;
  const re = patterns(pack).number;
  const out: NumberFact[] = [];
  for (const sv of doc.sentences) {
    const text = sv.masked;
    const taken = dateSpans[sv.index] ?? [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const digitsStart = start + m[0].length - m[2]!.length;
      let end = start + m[0].length;
      if (overlapsSorted(taken, start, end)) continue;
      if (start < sv.datelineLength) continue;
      const before = /(?<![\p{L}#])([\p{L}#]+)\.?\s*$/u.exec(
        text.slice(Math.max(0, start - 12), start),
      )?.[1];
      if (before && pack.numberLabels.has(before.toLowerCase())) continue;
      let value = parseNumber(m[2]!, pack);
      if (value === null) continue;
      let unit: string | null = m[1] ? (pack.currencies.get(m[1]) ?? null) : null;
      // Scale ("triliun", "million", "M"), then a unit or a currency word.
      let next = nextWord(text, end);
      const scale = next ? lookupScale(pack, next.word) : undefined;
      if (next && scale !== undefined) {
        value *= scale;
        end = next.end;
        next = nextWord(text, end);
      }
      if (next && TIME_WORDS.has(next.word.toLowerCase())) continue;
      if (/^\s?%/.test(text.slice(end, end + 2))) {
        end = text.indexOf('%', end) + 1;
        unit = '%';
      } else if (!unit) {
        const currencyWord = next ? pack.currencies.get(next.word.toLowerCase()) : undefined;
        const known = lookupUnit(pack, text, end);
        if (known) {
          unit = known.unit;
          end = known.end;
        } else if (currencyWord && next) {
          unit = currencyWord;
          end = next.end;
        } else if (next && !next.spaced) {
          continue; // "3rd", "4G": digits glued to a word that is not a unit
        } else if (next && /^\p{Ll}{3,}$/u.test(next.word) && !pack.stopwords.has(next.word)) {
          unit = next.word; // what it counts: "2 perangkat", "280 penonton"
          end = next.end;
        }
      }
      if (digitsStart > start && !m[1]) continue;
      // A bare number (a score, a table cell, a ranking) says nothing on its own: only a
      // quantity with a unit or a thing counted is a fact.
      if (unit === null) continue;
      out.push({
        text: sv.text.slice(start, end),
        value: Number(value.toPrecision(12)),
        unit,
        sentence: sv.index,
      });
    }
  }
  return out;
}
