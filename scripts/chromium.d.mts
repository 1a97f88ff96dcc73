export const INSTALL_HINT: string;
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function chromiumArgs(extensionDir: string, options?: { headless?: boolean }): string[];
export interface Route {
  status?: number;
  type?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  holdMs?: number;
  tail?: string;
}
export interface Served {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}
export function serveDirectory(dir: string, routes?: Record<string, () => Route>): Promise<Served>;
