// The in-page reader's words, asked of the background once per UI language (the catalogues stay
// out of the script every page compiles: src/contracts/reader-strings.ts) and checked on arrival.
import * as v from 'valibot';
import browser from '../platform/native-browser';
import { makeTranslate, type Translate, type UiLanguage } from '../contracts/i18n';
import { ReaderStringsSchema } from '../contracts/reader-strings';

const known = new Map<UiLanguage, Translate>();
const asked = new Map<UiLanguage, Promise<Translate>>();

/** The words of this language, once the background has sent them. */
export function wordsFor(lang: UiLanguage): Promise<Translate> {
  let answer = asked.get(lang);
  if (!answer) {
    answer = browser.runtime
      .sendMessage({ type: 'reader:strings', payload: { lang } })
      .then((reply) => {
        const strings = (reply as { strings?: unknown } | null)?.strings;
        const checked = v.safeParse(ReaderStringsSchema, strings);
        // Without an answer the keys show: better than no reader (the background also reads).
        const t = makeTranslate(checked.success ? checked.output : {});
        known.set(lang, t);
        return t;
      })
      .catch(() => makeTranslate({}));
    asked.set(lang, answer);
  }
  return answer;
}

/** The words of this language if they have come, or undefined. */
export const wordsNow = (lang: UiLanguage): Translate | undefined => known.get(lang);
