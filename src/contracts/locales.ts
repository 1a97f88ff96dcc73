// The translation catalogues, bundled so that the first paint already has its words.
// A new UI language: its public/_locales/<lang>/messages.json and one line here.
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import {
  makeTranslate,
  pickUiLanguage,
  type MessageCatalog,
  type Translate,
  type UiLanguage,
} from './i18n';
import { readerCatalogue } from './reader-strings';

const CATALOGS: Record<UiLanguage, MessageCatalog> = { en, id };

export function translator(lang: UiLanguage): Translate {
  return makeTranslate(CATALOGS[lang], CATALOGS.en);
}

export function uiLanguage(
  preferred: string | null | undefined,
  nav: { language: string },
): UiLanguage {
  return pickUiLanguage(preferred, nav.language);
}

/** The in-page reader's strings in this language (English where it lacks one). */
export function readerStrings(lang: UiLanguage): MessageCatalog {
  return readerCatalogue(CATALOGS[lang], CATALOGS.en);
}
