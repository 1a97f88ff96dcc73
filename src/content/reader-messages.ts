// What the in-page reader asks of the background: the article of this page, its further pages
// and its facts (the extraction's and the digest's code are compiled once there, not in every
// tab), and the highlights of the saved article it shows. Answers are checked before use.
import browser from '../platform/native-browser';
import { pageMarkup } from './page-markup';
import { parseDigest } from '../contracts/read-result';
import { emptyDigest } from '../core/empty-digest';
import type { Article, Digest } from '../core/types';
import type { PagesState } from '../ui/pages-status';
import type { PagesReading } from '../platform/read-pages';
import type { Settings } from '../contracts/settings';
import type { TabReading } from '../contracts/tab-reading';

/**
 * The article of this page: its markup goes to the background, which extracts it (the
 * extraction's code is compiled once there, not in every tab; this script carries the view).
 */
export async function readHere(url: string): Promise<TabReading> {
  const page = pageMarkup(document, url);
  if (!page.ok) return { ok: false, reason: page.reason, detail: page.message };
  try {
    const answer = (await browser.runtime.sendMessage({
      type: 'reader:read',
      payload: { markup: page.markup, url: page.url },
    })) as
      | { ok: true; article: Article; ms: number }
      | { ok: false; reason?: string; detail?: string; error?: string };
    if (answer?.ok) return { ok: true, tabId: -1, article: answer.article, ms: answer.ms };
    const reason = answer?.reason;
    return {
      ok: false,
      reason:
        reason === 'not-article' || reason === 'too-large' || reason === 'not-html'
          ? reason
          : 'error',
      detail: answer?.detail ?? answer?.error ?? '',
    };
  } catch (error) {
    return { ok: false, reason: 'error', detail: String(error) };
  }
}

/** The facts come from the background: the digest's code and entity model are not loaded into pages. */
export async function digestOf(article: Article, settings: Settings): Promise<Digest> {
  const { text, lang, publishedTime, title } = article;
  const answer = (await browser.runtime
    .sendMessage({
      type: 'digest:compute',
      payload: {
        text,
        lang,
        publishedTime,
        title: title.slice(0, 2000),
        summarySentences: settings.summarySentences,
      },
    })
    .catch(() => null)) as { digest?: unknown } | null;
  // Checked before it is shown or saved; without an answer the card goes away rather than
  // waiting for ever.
  return parseDigest(answer?.digest) ?? emptyDigest();
}

/**
 * The article's further pages, joined: the background finds them on the markup readHere sent,
 * has content/pages.js fetch them from this tab (same origin only) and reads them. Page by page:
 * after `seen` steps, the article joined with one more page (`last` false, more to come), or
 * the whole (`last`); no reading for one page.
 */
export async function readMorePages(
  url: string,
  seen: number,
): Promise<{ reading: TabReading | null; pages: PagesState | null; last: boolean }> {
  const answer = (await browser.runtime.sendMessage({
    type: 'reader:pages',
    payload: { url, seen },
  })) as { ok: true; pages: PagesReading; last: boolean } | { ok: false } | null;
  const more = answer?.ok ? answer.pages : null;
  const last = !answer?.ok || answer.last;
  if (!more || more.status === 'single') return { reading: null, pages: null, last };
  const pages: PagesState = last ? { status: 'done', ...more.outcome } : { status: 'loading' };
  if (more.status !== 'joined') return { reading: null, pages, last };
  return { reading: { ...more.reading, tabId: -1 }, pages, last };
}
