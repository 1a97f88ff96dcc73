export const PAGE_ONLY_PREFIXES: string[];
export function isPageOnlyKey(key: string): boolean;
export function injectedCatalog(): {
  name: string;
  enforce: 'pre';
  load: (id: string) => Promise<string | null>;
};
