// Small display helpers shared by the popup, the reader and the library. A stored value that is
// no date (an old record, a hand-made import) formats to nothing; it never throws.
import { isFactIso, isDateTime, isTime } from '../core/time';

export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  if (/^(\d{4}|\d{4}-\d{2}|--\d{2}-\d{2}|\d{4}-\d{2}-\d{2})$/.test(iso)) {
    if (!isFactIso(iso)) return null;
  } else if (!isDateTime(iso)) return null;
  try {
    return formatValidDate(iso, locale);
  } catch {
    return null; // an unusable locale
  }
}

function formatValidDate(iso: string, locale: string): string | null {
  // Partial dates say only what the text said: a year, a month, or a day without a year.
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month)
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${iso}-01T00:00:00Z`));
  const dayMonth = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (dayMonth)
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`2000-${dayMonth[1]}-${dayMonth[2]}T00:00:00Z`));
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export function languageName(code: string, uiLocale: string): string {
  if (!code || code === 'und') return '';
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment (milliseconds since the epoch) as a short date: list rows, saved times. One formatter
 * per locale: making one costs more than formatting, and the library list formats two dates a
 * row at every render (during an import, at every progress step).
 */
export function formatDay(ms: number, locale: string): string {
  if (!isTime(ms)) return '';
  try {
    let format = dayFormats.get(locale);
    if (!format)
      dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
    return format.format(ms);
  } catch {
    return '';
  }
}
