// Dates, normalised to ISO 8601 with the publication date as the anchor for partial and relative
// dates: "Senin (1/12/25)" -> 2025-12-01, "Kamis (27/7)" -> the 27 July nearest the anchor,
// "kemarin" / "yesterday", "Selasa lalu" / "last Tuesday", "sejak 2003" -> 2003. A weekday that
// contradicts its date lowers the confidence instead of being trusted. Digits inside URLs are
// masked before matching, so a year in a URL is not a date.
import type { DateFact } from '../types';
import type { TextPack } from '../text/packs';
import type { DocumentView, SentenceView } from './document';

import { SpanSet, type Span } from './span-set';

export type { Span } from './span-set';

interface Patterns {
  weekdayParenNumeric: RegExp;
  dayMonthYear: RegExp;
  monthDayYear: RegExp | null;
  monthYear: RegExp;
  monthRelative: RegExp | null;
  iso: RegExp;
  numeric: RegExp;
  relativeDay: RegExp | null;
  weekday: RegExp | null;
  year: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: Iterable<string>): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const cache = new WeakMap<TextPack, Patterns>();

function patterns(pack: TextPack): Patterns {
  let p = cache.get(pack);
  if (p) return p;
  // With no weekday names the group must never match (still one capturing group, so the group
  // numbers stay the same): an empty group let the optional weekday prefix match at every run
  // of spaces and backtrack for minutes on long ones (found by the hostile-page suite).
  const WD = pack.weekdayByName.size ? `(${alternation(pack.weekdayByName.keys())})` : '((?!))';
  const MO = pack.monthByName.size ? `(${alternation(pack.monthByName.keys())})` : '(?!)';
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const past = [...pack.pastAfterMonth];
  const around = [...pack.pastBeforeWeekday, ...pack.nextBeforeWeekday];
  const after = [...pack.pastAfterWeekday, ...pack.nextAfterWeekday];
  p = {
    weekdayParenNumeric: new RegExp(
      `${B}(?:${WD}\\s*(?:,\\s*)?)?\\(\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*(?:[/.-]\\s*(\\d{4}|\\d{2})\\s*)?\\)`,
      'giu',
    ),
    dayMonthYear: new RegExp(
      `${B}(?:${WD}\\s*(?:,\\s*)?(?:\\(\\s*)?)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MO}\\.?(?:\\s*(?:,\\s*)?(\\d{4}))?${E}(?:\\s*\\))?`,
      'giu',
    ),
    monthDayYear:
      pack.numericDateOrder === 'mdy'
        ? new RegExp(
            `${B}(?:${WD}\\s*(?:,\\s*)?)?${MO}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*(\\d{4}))?${E}`,
            'giu',
          )
        : null,
    monthYear: new RegExp(`${B}${MO}\\.?(?:\\s*,)?\\s+(\\d{4})${E}`, 'giu'),
    monthRelative: past.length
      ? new RegExp(`${B}${MO}\\s+(${alternation(past)})${E}`, 'giu')
      : null,
    iso: /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu,
    numeric: /(?<![\p{L}\p{N}/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\p{N}])/gu,
    relativeDay: pack.relativeDays.length
      ? new RegExp(
          `${B}(${alternation(pack.relativeDays.map((r) => r.words.join(' ')))})${E}`,
          'giu',
        )
      : null,
    weekday: pack.weekdayByName.size
      ? new RegExp(
          `${B}(?:(${alternation(around) || '(?!)'})\\s+)?${WD}(?:\\s+(${alternation(after) || '(?!)'}))?${E}`,
          'giu',
        )
      : null,
    year: /(?<![\p{L}\p{N}.,/$-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu,
  };
  cache.set(pack, p);
  return p;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoOf = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;
const weekdayOf = (y: number, m: number, d: number): number =>
  new Date(Date.UTC(y, m - 1, d)).getUTCDay();

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromDayNumber(n: number): string {
  const d = new Date(n * 86400000);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

type Anchor = DocumentView['anchor'];

/** The year of a day and month without one: the candidate nearest the anchor. */
function inferYear(m: number, d: number, anchor: NonNullable<Anchor>): number {
  const a = dayNumber(anchor.year, anchor.month, anchor.day);
  let best = anchor.year;
  let bestDistance = Infinity;
  for (const y of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (!validDate(y, m, d)) continue;
    const distance = Math.abs(dayNumber(y, m, d) - a);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

function fullYear(y: string | undefined, anchor: Anchor): number | null {
  if (!y) return null;
  const n = Number(y);
  if (y.length === 4) return n;
  const base = anchor ? anchor.year : 2000;
  const century = Math.floor(base / 100) * 100;
  return century + n > base + 20 ? century - 100 + n : century + n;
}

interface Found extends Span {
  iso: string;
  confidence: number;
}

/** A dated day: checks the weekday, infers a missing year from the anchor. */
function dated(
  y: number | null,
  m: number,
  d: number,
  weekdayName: string | undefined,
  pack: TextPack,
  anchor: Anchor,
): { iso: string; confidence: number } | null {
  let year = y;
  let confidence = 1;
  if (year === null) {
    if (!anchor) {
      if (m < 1 || m > 12 || d < 1 || d > 31) return null;
      return { iso: `--${pad(m)}-${pad(d)}`, confidence: 0.5 };
    }
    year = inferYear(m, d, anchor);
    confidence = 0.9;
  }
  if (!validDate(year, m, d)) return null;
  if (weekdayName) {
    const said = pack.weekdayByName.get(weekdayName.toLowerCase());
    if (said !== undefined && said !== weekdayOf(year, m, d)) confidence *= 0.5;
  }
  return { iso: isoOf(year, m, d), confidence };
}

const STARTS_UPPER = /^\p{Lu}/u;

function findInSentence(sv: SentenceView, pack: TextPack, anchor: Anchor): Found[] {
  const p = patterns(pack);
  const text = sv.masked;
  const found = new SpanSet<Found>();
  const add = (start: number, end: number, iso: string, confidence: number): void => {
    found.add({ start, end, iso, confidence });
  };
  const each = (re: RegExp | null, fn: (m: RegExpExecArray) => void): void => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
    found.flush();
  };
  const monthOf = (name: string): number => (pack.monthByName.get(name.toLowerCase()) ?? -1) + 1;

  each(p.weekdayParenNumeric, (m) => {
    const r = dated(
      fullYear(m[4], anchor),
      Number(m[3]),
      Number(m[2]),
      m[1] || undefined,
      pack,
      anchor,
    );
    if (r) add(m.index, m.index + m[0].length, r.iso, r.confidence);
  });
  each(p.iso, (m) => {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (validDate(y, mo, d)) add(m.index, m.index + m[0].length, isoOf(y, mo, d), 1);
  });
  each(p.numeric, (m) => {
    const [a, b] =
      pack.numericDateOrder === 'mdy' ? [Number(m[3]), Number(m[1])] : [Number(m[1]), Number(m[3])];
    const [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
    const r = dated(Number(m[4]), mo, d, undefined, pack, anchor);
    if (r) add(m.index, m.index + m[0].length, r.iso, r.confidence);
  });
  each(p.dayMonthYear, (m) => {
    if (!STARTS_UPPER.test(m[3]!)) return;
    let end = m.index + m[0].length;
    const raw = m[0];
    if (raw.trimEnd().endsWith(')') && !raw.includes('(')) end = m.index + raw.lastIndexOf(')');
    const r = dated(
      m[4] ? Number(m[4]) : null,
      monthOf(m[3]!),
      Number(m[2]),
      m[1] || undefined,
      pack,
      anchor,
    );
    if (r) add(m.index, end, r.iso, r.confidence);
  });
  each(p.monthDayYear, (m) => {
    if (!STARTS_UPPER.test(m[2]!)) return;
    const r = dated(
      m[4] ? Number(m[4]) : null,
      monthOf(m[2]!),
      Number(m[3]),
      m[1] || undefined,
      pack,
      anchor,
    );
    if (r) add(m.index, m.index + m[0].length, r.iso, r.confidence);
  });
  each(p.monthYear, (m) => {
    if (!STARTS_UPPER.test(m[1]!)) return;
    add(m.index, m.index + m[0].length, `${m[2]}-${pad(monthOf(m[1]!))}`, 0.9);
  });
  each(p.monthRelative, (m) => {
    if (!anchor || !STARTS_UPPER.test(m[1]!)) return;
    const mo = monthOf(m[1]!);
    const y = mo < anchor.month ? anchor.year : anchor.year - 1;
    add(m.index, m.index + m[0].length, `${y}-${pad(mo)}`, 0.6);
  });
  if (anchor) {
    const a = dayNumber(anchor.year, anchor.month, anchor.day);
    each(p.relativeDay, (m) => {
      const phrase = m[1]!.toLowerCase().split(/\s+/).join(' ');
      const rel = pack.relativeDays.find((r) => r.words.join(' ') === phrase);
      if (rel) add(m.index, m.index + m[0].length, fromDayNumber(a + rel.offset), 0.8);
    });
    const anchorWeekday = weekdayOf(anchor.year, anchor.month, anchor.day);
    each(p.weekday, (m) => {
      const before = m[1]?.toLowerCase();
      const afterCue = m[3]?.toLowerCase();
      const target = pack.weekdayByName.get(m[2]!.toLowerCase());
      if (target === undefined) return;
      const past =
        (before && pack.pastBeforeWeekday.has(before)) ||
        (afterCue && pack.pastAfterWeekday.has(afterCue));
      const next =
        (before && pack.nextBeforeWeekday.has(before)) ||
        (afterCue && pack.nextAfterWeekday.has(afterCue));
      if (!past && !next && !STARTS_UPPER.test(m[2]!)) return; // "minggu" is also "week"
      let delta = (anchorWeekday - target + 7) % 7; // on or before the anchor
      let confidence = 0.6;
      if (past) {
        delta = delta === 0 ? 7 : delta;
        confidence = 0.7;
      }
      if (next) {
        const forward = (target - anchorWeekday + 7) % 7 || 7;
        add(m.index, m.index + m[0].length, fromDayNumber(a + forward), 0.7);
        return;
      }
      add(m.index, m.index + m[0].length, fromDayNumber(a - delta), confidence);
    });
  }
  each(p.year, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = /(?<!\p{L})(\p{L}+)[\s(]*$/u
      .exec(text.slice(Math.max(0, start - 20), start))?.[1]
      ?.toLowerCase();
    const next = /^\s*([\p{L}%]+)/u.exec(text.slice(end, end + 20))?.[1];
    const cued = before !== undefined && pack.yearCues.has(before);
    if (before && pack.currencies.has(before)) return;
    if (!cued && next && !STARTS_UPPER.test(next)) return; // "2016 orang" counts people
    if (next && (pack.scales.has(next) || pack.scales.has(next.toLowerCase()))) return;
    add(start, end, m[1]!, cued ? 0.9 : 0.7);
  });
  return found.sorted();
}

/**
 * Date facts an article gives at most, the first in reading order: far more than a reader scans,
 * and a page of 100,000 dates does not make 100,000 facts to rank, keep and save. Every date
 * still counts as one for the other finders (its digits are no number).
 */
export const MAX_DATE_FACTS = 1000;

export function findDates(doc: DocumentView): { dates: DateFact[]; spans: Span[][] } {
  const dates: DateFact[] = [];
  const spans: Span[][] = [];
  for (const sv of doc.sentences) {
    const found = findInSentence(sv, doc.pack, doc.anchor);
    spans.push(found);
    for (const f of found) {
      if (dates.length >= MAX_DATE_FACTS) break;
      dates.push({
        text: sv.text.slice(f.start, f.end).trim(),
        iso: f.iso,
        sentence: sv.index,
        confidence: Math.round(f.confidence * 100) / 100,
      });
    }
  }
  return { dates, spans };
}
