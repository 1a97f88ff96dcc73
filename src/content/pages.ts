// Injected when the extension wants an article's further pages (issue 12): installs, in the
// extension's own world of this tab, a loader the extension then calls once per address
// (src/platform/read-pages.ts, which detects, parses and joins), so that each page comes back
// as soon as it has loaded. Same origin only, each page with a time limit; nothing is parsed or
// read here: the script stays small. The page's own scripts (another world) cannot reach it.
import { PAGES_REQUEST_KEY } from '../contracts/pages-request';
import { tabMarkupLoader } from './page-loader';

function install(): boolean {
  const load = tabMarkupLoader();
  (globalThis as Record<symbol, unknown>)[Symbol.for(PAGES_REQUEST_KEY)] = (
    url: unknown,
  ): Promise<string | null> =>
    typeof url === 'string' ? load(url).catch(() => null) : Promise.resolve(null);
  return true;
}

export const result = install();
