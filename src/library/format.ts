// Dates and language names in the reader's UI language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(ms: number, locale: string): string {
  if (!Number.isFinite(ms)) return '';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format.format(ms);
}

const languageNames = new Map<string, Intl.DisplayNames | null>();

export function languageName(code: string, locale: string): string {
  if (!code || code === 'und') return '?';
  if (!languageNames.has(locale)) {
    try {
      languageNames.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      languageNames.set(locale, null);
    }
  }
  try {
    return languageNames.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
