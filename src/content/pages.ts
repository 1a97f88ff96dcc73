// Injected when the extension wants an article's further pages (issue 12): fetches the addresses
// the extension found on page one (src/platform/read-pages.ts, which detects, parses and joins)
// from this tab, same origin only, in parallel, each with a time limit, and answers with their
// markup. Nothing is parsed or read here: the script stays small.
import { PAGES_REQUEST_KEY } from '../contracts/pages-request';
import { tabMarkupLoader } from './page-loader';

/** At most this many addresses per request (PAGINATION.maxPages is 10). */
const MAX_URLS = 10;

async function run(): Promise<{ url: string; markup: string | null }[]> {
  const key = Symbol.for(PAGES_REQUEST_KEY);
  const store = globalThis as Record<symbol, unknown>;
  const wanted = store[key];
  delete store[key];
  if (!Array.isArray(wanted)) return [];
  const urls = wanted.filter((url): url is string => typeof url === 'string').slice(0, MAX_URLS);
  const load = tabMarkupLoader();
  return Promise.all(urls.map(async (url) => ({ url, markup: await load(url).catch(() => null) })));
}

export const result = run().catch(() => []);
