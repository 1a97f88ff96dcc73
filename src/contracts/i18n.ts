// Translations come from public/_locales/<lang>/messages.json (the browser's own format), so
// the manifest and the UI share one source. The UI language follows the browser unless the
// reader picks one in the settings; that is why the pages bundle the files (src/contracts/locales.ts)
// instead of only calling i18n.getMessage, which can only follow the browser.

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageCatalog = Record<string, MessageEntry>;
export type Translate = (key: string, substitutions?: (string | number)[]) => string;

export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function pickUiLanguage(
  preferred: string | null | undefined,
  browserLanguage: string,
): UiLanguage {
  for (const candidate of [preferred, browserLanguage]) {
    const primary = (candidate ?? '').toLowerCase().split(/[-_]/)[0];
    const match = UI_LANGUAGES.find((lang) => lang === primary);
    if (match) return match;
  }
  return 'en';
}

/** Resolves $1-style and named placeholders the way browser.i18n does. */
export function makeTranslate(catalog: MessageCatalog, fallback: MessageCatalog = {}): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key] ?? fallback[key];
    if (!entry) return key;
    let text = entry.message;
    if (entry.placeholders) {
      for (const [name, placeholder] of Object.entries(entry.placeholders)) {
        text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), placeholder.content);
      }
    }
    return text.replace(/\$(\d)/g, (_, digit: string) =>
      String(substitutions[Number(digit) - 1] ?? ''),
    );
  };
}

/**
 * A message with a count, in the plural form the UI language asks for (Intl.PluralRules):
 * `${key}_one`, `${key}_other` (and `_few`, `_many`, ... where a language has them) in
 * messages.json, the count as $1 (formatted for the locale), further values as $2, $3...
 * A form a language does not have falls back to `_other`.
 */
export function plural(
  t: Translate,
  locale: string,
  key: string,
  count: number,
  rest: (string | number)[] = [],
): string {
  const form = new Intl.PluralRules(locale).select(count);
  const values = [new Intl.NumberFormat(locale).format(count), ...rest];
  const specific = `${key}_${form}`;
  const text = t(specific, values);
  return text === specific ? t(`${key}_other`, values) : text;
}
