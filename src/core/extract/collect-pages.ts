// Gathers the documents of an article's pages, starting from the page being read. Pure: the
// caller supplies the loader (the read script fetches from the tab with the page's credentials,
// the CLI reads local files or loopback URLs), and only addresses findPageLinks accepted, all of
// the page's own origin, ever reach it. Loads run in parallel, a wave at a time: pages found on
// page 2 (a "next" link, a longer numbered block) join the next wave.
import { findPageLinks, PAGINATION } from './pagination';

export type PageLoader = (url: string) => Promise<Document | null>;

export interface CollectedPage {
  number: number;
  url: string;
  doc: Document;
}

export interface CollectedPages {
  /** Pages that loaded, in reading order (page one first), the page being read among them. */
  pages: CollectedPage[];
  /** Numbers of the pages found that did not load. */
  failed: number[];
  /** Pages found, loaded or not (at most PAGINATION.maxPages). */
  total: number;
  /** The whole article came from its single-page version. */
  showAll: boolean;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

async function safeLoad(load: PageLoader, url: string, origin: string): Promise<Document | null> {
  // Checked again here: nothing but the page's own origin is ever asked for.
  if (!sameOrigin(url, origin)) return null;
  try {
    return await load(url);
  } catch {
    return null;
  }
}

/** A page found, as it settled: its document, or null when it did not load. */
export interface SettledPage {
  number: number;
  url: string;
  doc: Document | null;
}

/**
 * The pages of the article the page being read belongs to. `onPage` hears of each page (the one
 * being read among them) in reading order as soon as it and every page known before it have
 * settled, so a caller can show the article growing page by page; the pages of one wave load in
 * parallel. A page learnt late with a number below one already told (a page's own links naming
 * an earlier page nobody linked before) is not told: the result has every page, in order.
 */
export async function collectPages(
  doc: Document,
  url: string,
  load: PageLoader,
  maxPages: number = PAGINATION.maxPages,
  onPage?: (page: SettledPage) => void,
): Promise<CollectedPages> {
  const links = findPageLinks(doc, url);
  const self: CollectedPage = { number: links.current, url, doc };
  if (links.showAll) {
    const whole = await safeLoad(load, links.showAll, url);
    // The whole article: as many pages as its numbered links name, two at least.
    const total = Math.max(2, new Set([links.current, ...links.pages.map((p) => p.number)]).size);
    if (whole)
      return {
        pages: [{ number: 1, url: links.showAll, doc: whole }],
        failed: [],
        total,
        showAll: true,
      };
  }
  const known = new Map<number, string>([[self.number, url]]);
  const loaded = new Map<number, Document | null>([[self.number, doc]]);
  const learn = (found: { number: number; url: string }[]): void => {
    for (const page of found) {
      if (known.size >= maxPages) break;
      if (!known.has(page.number)) known.set(page.number, page.url);
    }
  };
  learn(links.pages);
  let told = 0;
  /** Tells every page not yet told whose predecessors (as far as known) have all settled. */
  const tell = (): void => {
    if (!onPage) return;
    for (const number of [...known.keys()].sort((a, b) => a - b)) {
      if (number <= told) continue;
      if (!loaded.has(number)) return;
      told = number;
      onPage({ number, url: known.get(number) ?? url, doc: loaded.get(number) ?? null });
    }
  };
  tell();
  for (;;) {
    const wave = [...known.entries()].filter(([number]) => !loaded.has(number));
    if (!wave.length) break;
    const found = new Map<number, { number: number; url: string }[]>();
    await Promise.all(
      wave.map(async ([number, pageUrl]) => {
        const pageDoc = await safeLoad(load, pageUrl, url);
        // Its links first: whoever is told of the page may change its document.
        found.set(number, pageDoc ? findPageLinks(pageDoc, pageUrl).pages : []);
        loaded.set(number, pageDoc);
        tell();
      }),
    );
    // Learnt in the wave's order once it has settled, whatever order its pages came in.
    for (const [number] of wave) learn(found.get(number) ?? []);
    tell();
  }
  const numbers = [...known.keys()].sort((a, b) => a - b);
  const pages: CollectedPage[] = [];
  const failed: number[] = [];
  for (const number of numbers) {
    const pageDoc = loaded.get(number);
    if (pageDoc) pages.push({ number, url: known.get(number) ?? url, doc: pageDoc });
    else failed.push(number);
  }
  return { pages, failed, total: numbers.length, showAll: false };
}
