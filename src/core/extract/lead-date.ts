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
