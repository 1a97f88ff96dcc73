// Injected scripts carry no translation catalogue: the in-page reader asks the background for
// the strings of the UI language in use (src/contracts/reader-strings.ts), which saves every tab
// that opens it the two catalogues (about 4 KB gzipped). This plugin of their builds
// (scripts/build.mjs) fails the build when one of them imports a catalogue again.

/** The error for a catalogue imported by an injected script, or null for any other module. */
export function catalogueImport(id, importer = '') {
  if (!/[\\/]_locales[\\/][\w-]+[\\/]messages\.json$/.test(id)) return null;
  return `An injected script imports ${id}${importer ? ` (from ${importer})` : ''}: injected scripts get their strings from the background (reader:strings), not from the catalogues.`;
}

/** Vite plugin for the injected scripts' builds. */
export const injectedCatalogues = {
  name: 'injected-catalogues',
  enforce: 'pre',
  load(id) {
    const error = catalogueImport(id);
    if (error) throw new Error(error);
    return null;
  },
};
