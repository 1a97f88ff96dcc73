export function catalogueImport(id: string, importer?: string): string | null;
export const injectedCatalogues: {
  name: string;
  enforce: 'pre';
  load: (id: string) => null;
};
