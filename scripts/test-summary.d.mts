export const BROWSERS: string[];
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
export function countsPerBrowser(report: unknown): Record<string, Counts>;
export function summarise(reports: Record<string, unknown>): { lines: string[]; ok: boolean };
