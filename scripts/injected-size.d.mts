export const INJECTED_LIMIT_BYTES: number;
export function injectedSizes(contentDir: string): { name: string; gzipBytes: number }[];
export function oversizedInjected(contentDir: string, limit?: number): string[];
