// An article as Ringkas shows it everywhere: header, actions, key facts, what was removed, and
// the sanitised body. A click on a fact scrolls to its sentence and highlights it.
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Article, Digest } from '../core/types';
import type { Translate } from '../contracts/i18n';
import { ArticleHeader } from './article-header';
import { FactsCard, FactsPending, type AbstractiveSummary } from './facts-card';
import { RemovedList } from './removed-list';
import { PagesStatus, type PagesState } from './pages-status';
import { SafeHtml } from './safe-html';
import { findTextRange } from './sentence-locator';
import { markSummary } from './summary-marks';
import { splitOpening } from '../core/summary/opening';

export interface ArticleViewProps {
  article: Article;
  /** Null while the facts are being computed: the card shows its place meanwhile. */
  digest: Digest | null;
  t: Translate;
  locale: string;
  actions?: ComponentChildren;
  abstractive?: AbstractiveSummary | null;
  /** Move the keyboard focus to the title when shown (a page that opens on an article). */
  focusTitle?: boolean;
  /** The article's further pages: loading, joined, or not loaded (none for a single page). */
  pages?: PagesState | null;
  /**
   * Told each time the sanitised body is in place (read aloud follows its sentences there; the
   * library marks highlights on it).
   */
  onBody?: (body: HTMLElement) => void;
  /** Changes the sanitised body before it is shown (the library's kept images; SafeHtml). */
  afterSanitize?: (fragment: DocumentFragment) => void;
  /** The facts card folded (the reader's setting), and how to change it. */
  factsCollapsed?: boolean;
  onFactsCollapse?: (collapsed: boolean) => void;
}

const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, figcaption, td, pre, div';
const HIGHLIGHT = 'ringkas-sentence';

/** Scrolls to a sentence of the digest inside the rendered body and marks it. */
export function showSentence(body: HTMLElement, sentence: string): boolean {
  const range = findTextRange(body, sentence) ?? findTextRange(body, sentence.slice(0, 80));
  body.querySelectorAll('.sentence-focus').forEach((el) => {
    el.classList.remove('sentence-focus');
  });
  if (!range) return false;
  const start = range.startContainer.parentElement;
  const block = start?.closest(BLOCKS) ?? start;
  if (!block) return false;
  block.classList.add('sentence-focus');
  const highlights = (
    globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined
  )?.highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (range: Range) => unknown })
    .Highlight;
  if (highlights && HighlightClass) highlights.set(HIGHLIGHT, new HighlightClass(range));
  if (block instanceof HTMLElement) {
    block.tabIndex = -1;
    block.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    block.focus({ preventScroll: true });
  }
  return true;
}

/**
 * A click on an in-article link (`#user-content-…`, see core/sanitize.ts): scrolls to its target
 * inside the article and moves the focus there. It never navigates: in the popup and the library
 * the fragment would change the extension page's own address, in the in-page reader the page's.
 */
export function followFragmentLink(event: MouseEvent, body: HTMLElement): void {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link || !body.contains(link)) return;
  event.preventDefault();
  let id = (link.getAttribute('href') ?? '').slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not percent-encoded after all: the id as written.
  }
  if (!id) return;
  const target = [...body.querySelectorAll('[id], a[name]')].find(
    (el) => el.id === id || el.getAttribute('name') === id,
  );
  if (!(target instanceof HTMLElement)) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  target.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
}

export function ArticleView({
  article,
  digest,
  t,
  locale,
  actions,
  abstractive,
  focusTitle = false,
  pages = null,
  onBody,
  afterSanitize,
  factsCollapsed = false,
  onFactsCollapse,
}: ArticleViewProps) {
  const body = useRef<HTMLElement | null>(null);
  const told = useRef(onBody);
  told.current = onBody;
  // Bumped each time the body is rendered anew, so its marks are put back.
  const [rendered, setRendered] = useState(0);
  const onRendered = useCallback((container: HTMLElement) => {
    body.current = container;
    setRendered((n) => n + 1);
    told.current?.(container);
  }, []);
  // The summary's opening sentences, marked where they stand instead of copied above them.
  useLayoutEffect(() => {
    if (!body.current || !digest) return;
    markSummary(
      body.current,
      splitOpening(digest.summary).opening.map((item) => item.text),
    );
  }, [digest, rendered]);
  const select = useCallback(
    (index: number) => {
      const sentence = digest?.sentences[index];
      if (body.current && sentence) {
        body.current.dataset.focusedSentence = String(index);
        showSentence(body.current, sentence);
      }
    },
    [digest],
  );
  return (
    <div class="article-view">
      <ArticleHeader article={article} t={t} locale={locale} focusTitle={focusTitle} />
      {pages && <PagesStatus state={pages} t={t} />}
      {actions}
      {digest ? (
        <FactsCard
          digest={digest}
          t={t}
          locale={locale}
          onSelectSentence={select}
          abstractive={abstractive ?? null}
          collapsed={factsCollapsed}
          {...(onFactsCollapse ? { onCollapse: onFactsCollapse } : {})}
        />
      ) : (
        <FactsPending t={t} />
      )}
      <article
        class="article-body"
        aria-label={t('articleBodyLabel')}
        onClick={(event) => {
          if (body.current) followFragmentLink(event, body.current);
        }}
      >
        <SafeHtml
          html={article.html}
          class="article-content"
          lang={article.lang}
          onRendered={onRendered}
          afterSanitize={afterSanitize}
        />
      </article>
      {/* What the clean-up took out, after the text: the first screen is the article's. */}
      <RemovedList removed={article.removed} t={t} locale={locale} />
    </div>
  );
}
