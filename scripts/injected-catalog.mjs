// The in-page reader bundles the translation catalogues (src/contracts/locales.ts), and every
// injected script must stay under 40 KB gzipped (injected-size.mjs). The strings only the
// extension's own pages show (the library, the options page, the manifest and the menus) are
// left out of the injected scripts' copy; tests/unit/scripts/injected-catalog.test.ts checks that
// no key the reader's code names is among them.

/** Key prefixes of strings shown only by extension pages, the manifest or the context menu. */
export const PAGE_ONLY_PREFIXES = ['library_', 'options', 'siteError', 'ext', 'menu', 'command'];

export const isPageOnlyKey = (key) => PAGE_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix));

/** A Vite plugin: messages.json files imported by an injected script, without page-only keys. */
export function injectedCatalog() {
  return {
    name: 'ringkas-injected-catalog',
    enforce: 'pre',
    async load(id) {
      if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return null;
      const { readFile } = await import('node:fs/promises');
      const catalog = JSON.parse(await readFile(id, 'utf8'));
      const kept = Object.fromEntries(
        Object.entries(catalog).filter(([key]) => !isPageOnlyKey(key)),
      );
      return JSON.stringify(kept);
    },
  };
}
