export const PAGE_ONLY_KEYS: RegExp;
export function injectedCatalogue<T extends Record<string, unknown>>(all: T): Partial<T>;
export const injectedCatalogues: {
  name: string;
  enforce: 'pre';
  load: (id: string) => string | null;
};
