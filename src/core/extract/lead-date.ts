// The lead date: a publication date at the very start of the text ("JAKARTA, 5 November 2015 -
// ..."), for pages whose metadata gives none. Month names come from the text language packs.
import { allRawPacks } from '../text/packs';

let monthIndex: Map<string, number> | null = null;

function months(): Map<string, number> {
  if (monthIndex) return monthIndex;
  monthIndex = new Map();
  for (const pack of allRawPacks() as readonly { months?: unknown }[]) {
    if (!Array.isArray(pack.months)) continue;
    pack.months.forEach((names: unknown, i: number) => {
      for (const name of Array.isArray(names) ? names : [names]) {
        if (typeof name === 'string' && !monthIndex!.has(name.toLowerCase()))
          monthIndex!.set(name.toLowerCase(), i + 1);
      }
    });
  }
  return monthIndex;
}

const DAY_MONTH_YEAR = /\b(\d{1,2})\.?\s+([\p{L}]{3,12})\.?\s+((?:19|20)\d{2})\b/u;
const MONTH_DAY_YEAR = /\b([\p{L}]{3,12})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/u;
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first date of the first 200 characters of the text, as an ISO day, or null. */
export function leadDate(text: string): string | null {
  const head = text.slice(0, 200);
  const names = months();
  const iso = (y: string, m: number, d: number): string | null =>
    m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null;
  const dmy = DAY_MONTH_YEAR.exec(head);
  if (dmy) {
    const month = names.get(dmy[2]!.toLowerCase());
    if (month) return iso(dmy[3]!, month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(head);
  if (mdy) {
    const month = names.get(mdy[1]!.toLowerCase());
    if (month) return iso(mdy[3]!, month, Number(mdy[2]));
  }
  // 5/11/2015 is day first in most of the world and month first in the US: trust it only when
  // one of the two cannot be a month.
  const numeric = NUMERIC.exec(head);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    if (a > 12 && b <= 12) return iso(numeric[3]!, b, a);
    if (b > 12 && a <= 12) return iso(numeric[3]!, a, b);
  }
  return null;
}

/** The time right after a byline's date (", 9:02 AM", " at 14.30 WIB"). */
const CLOCK_TIME =
  /^\s*(?:,\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b/iu;
const SEPARATOR = /[\s,|·•\-–—/]/u;

/** Without separators at either end (scanned, not matched: no backtracking on long input). */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR.test(text[start]!)) start++;
  while (end > start && SEPARATOR.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** Without a weekday as its last word ("Kamis," before "5 November 2015"). */
function withoutTrailingWeekday(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end > 0 && text[end - 1] === ',') end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  if (start === end || !isWeekdayLike(text.slice(start, end))) return text;
  return text.slice(0, start);
}

/**
 * A byline that holds the date ("Associated Press November 19, 2019, 9:02 AM"): the name, and
 * the date as an ISO day. The date belongs in publishedTime, the byline keeps the name.
 */
export function splitBylineDate(byline: string): { name: string | null; date: string | null } {
  const names = months();
  for (const pattern of [MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC]) {
    const m = pattern.exec(byline);
    if (!m) continue;
    const date = leadDate(m[0]);
    if (
      !date &&
      pattern !== NUMERIC &&
      !names.has((pattern === MONTH_DAY_YEAR ? m[1] : m[2])!.toLowerCase())
    )
      continue;
    const before = byline.slice(0, m.index);
    const after = byline.slice(m.index + m[0].length).replace(CLOCK_TIME, '');
    // A weekday before the date ("Kamis, 5 November 2015") goes with it.
    const name = trimSeparators(
      `${withoutTrailingWeekday(before)}${after.trim() ? ` ${after}` : ''}`,
    ).trim();
    return { name: name || null, date };
  }
  return { name: byline, date: null };
}

const WEEKDAYS =
  /^(?:mon|tue|wed|thu|fri|sat|sun|senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad|isnin|khamis)/i;
function isWeekdayLike(word: string): boolean {
  return WEEKDAYS.test(word.trim());
}
