// Injected scripts carry the catalogues' words for the screens they show, not those of the
// extension's own pages (the library's, the options', the menus'): the same files, fewer keys
// (about 2.6 KB gzipped less in every tab that opens the reader). The reader never shows these
// keys: its layers cannot import the pages that do (tests/unit/scripts/injected-catalogues.test.ts).
import { readFileSync } from 'node:fs';

// Keys of the library, the options page, the menus and the manifest, and the popup's own
// actions and options rows (the reader has its own words for what it shares with the popup).
export const PAGE_ONLY_KEYS =
  /^(?:library_|options|siteError|menu|command|ext[A-Z]|setting(?:KeepImages|UiLanguage|SummarySentences|Abstractive|FollowPages)|languageBrowser$|actionsLabel$|action(?:ReadInPage|CopyMarkdown|OpenOriginal|Saved|OpenInLibrary|SaveAgain|Title)$|notice(?:Copied|Failed)$)/;

/** The catalogue without the keys only extension pages show. */
export function injectedCatalogue(all) {
  return Object.fromEntries(Object.entries(all).filter(([key]) => !PAGE_ONLY_KEYS.test(key)));
}

/** Vite plugin for the injected scripts' builds (scripts/build.mjs). */
export const injectedCatalogues = {
  name: 'injected-catalogues',
  enforce: 'pre',
  load(id) {
    if (!/[\\/]_locales[\\/][\w-]+[\\/]messages\.json$/.test(id)) return null;
    return JSON.stringify(injectedCatalogue(JSON.parse(readFileSync(id, 'utf8'))));
  },
};
