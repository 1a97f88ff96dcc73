// The in-page reader's words. The reader is injected into pages and compiled afresh in every
// tab, so it carries no catalogue: the background, which bundles them (src/contracts/locales.ts),
// sends it the strings of the UI language in use, English where that language lacks one, without
// the keys only the extension's own pages show. The reader checks the answer before using it.
import * as v from 'valibot';
import type { MessageCatalog } from './i18n';

/**
 * Keys of the options page, the menus and the manifest, the popup's own actions and options
 * rows, and the library's pages except its highlight words (the reader highlights too).
 */
export const PAGE_ONLY_KEYS =
  /^(?:library_(?!highlight)|options|siteError|menu|command|ext[A-Z]|setting(?:KeepImages|UiLanguage|SummarySentences|Abstractive|FollowPages)|languageBrowser$|actionsLabel$|action(?:ReadInPage|CopyMarkdown|OpenOriginal|Saved|OpenInLibrary|SaveAgain|Title)$|notice(?:Copied|Failed)$)/;

/** The reader's catalogue: `catalog` over `fallback`, without the extension pages' keys. */
export function readerCatalogue(catalog: MessageCatalog, fallback: MessageCatalog): MessageCatalog {
  const out: MessageCatalog = {};
  for (const [key, entry] of Object.entries({ ...fallback, ...catalog }))
    if (!PAGE_ONLY_KEYS.test(key)) out[key] = entry;
  return out;
}

const text = v.pipe(v.string(), v.maxLength(2000));

/** The shape the reader accepts from the background: short strings, a bounded count. */
export const ReaderStringsSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.maxLength(100)),
    v.object({
      message: text,
      placeholders: v.optional(v.record(v.string(), v.object({ content: text }))),
    }),
  ),
  v.check((all) => Object.keys(all).length <= 2000, 'too many strings'),
);
