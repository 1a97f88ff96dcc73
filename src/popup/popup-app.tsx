// The popup's screen. It gets its data and actions from a connector (props), so it renders the
// same with the real extension or with test data.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Digest } from '../core/types';
import { emptyDigest } from '../core/empty-digest';
import type { Translate } from '../contracts/i18n';
import type { DigestedReading, TabReading } from '../contracts/tab-reading';
import { afterPaint } from '../ui/after-paint';
import { ArticleView } from '../ui/article-view';
import type { AbstractiveSummary } from '../ui/facts-card';
import { FailureView, LoadingView } from '../ui/status-view';
import type { Notice } from '../ui/notice';
import type { PagesState } from '../ui/pages-status';
import type { JoinedPages, PagesReading } from '../platform/read-pages';

type Reading = Extract<TabReading, { ok: true }>;

/** What a save says, and the saved article's id in the library when it is there. */
export interface SaveNotice extends Notice {
  savedId?: string;
}

export interface PopupConnector {
  /** The article of the tab (no digest yet): painted as soon as it comes. */
  read: () => Promise<TabReading>;
  /** The facts and summary of the article, run after it is painted. */
  digest: (reading: Reading) => Promise<Digest>;
  save: (reading: DigestedReading) => Promise<SaveNotice>;
  /** The library's id of this article when it is saved already (by its canonical key). */
  savedId?: (reading: Reading) => Promise<string | null>;
  readInPage: (reading: Reading) => Promise<Notice | null>;
  copyMarkdown: (reading: DigestedReading) => Promise<Notice>;
  openOriginal: (reading: Reading) => void;
  /** The library; on a saved article's page when given its id. */
  openLibrary: (articleId?: string) => void;
  /** The settings page. */
  openSettings?: () => void;
  /** Keeps the facts card folded or not (the reader's setting). */
  setFactsCollapsed?: (collapsed: boolean) => void;
  /** The browser's own summary, when the reader turned it on and the browser has one. */
  abstractive?: (reading: DigestedReading) => Promise<string | null>;
  /**
   * The article's further pages, joined (absent when the reader turned that off); `onPage` hears
   * of the article joined so far as each page comes, in reading order, before the whole.
   */
  readPages?: (
    reading: Reading,
    onPage?: (joined: JoinedPages) => void,
  ) => Promise<PagesReading | null>;
}

export interface PopupAppProps {
  connector: PopupConnector;
  t: Translate;
  locale: string;
  /** The facts card folded when the popup opens (from the settings). */
  factsCollapsed?: boolean;
}

/** The address without its fragment or a trailing slash, to compare two pages. */
function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/**
 * "Open original" only when the original is another page than the tab the popup reads (an AMP
 * or print copy whose canonical address is elsewhere): otherwise it would open a duplicate of
 * the tab the reader is on (issue 15, item 6).
 */
export function originalElsewhere(article: { url: string; canonicalUrl: string }): boolean {
  return !!article.canonicalUrl && pageAddress(article.canonicalUrl) !== pageAddress(article.url);
}

type PopupState = { status: 'loading' } | { status: 'done'; reading: TabReading };

/** What the card shows when the facts could not be computed: nothing (the article stays). */
const EMPTY_DIGEST = emptyDigest();

export function PopupApp({ connector, t, locale, factsCollapsed = false }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [digest, setDigest] = useState<Digest | 'failed' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [abstractive, setAbstractive] = useState<AbstractiveSummary | null>(null);
  // The digest of the reading on screen; actions that need it wait for it.
  const pending = useRef<Promise<Digest> | null>(null);
  const [pages, setPages] = useState<PagesState | null>(null);
  const generation = useRef(0);
  const [collapsed, setCollapsed] = useState(factsCollapsed);
  // The library's id of the article on screen once it is saved (found on open, or just saved).
  const [savedId, setSavedId] = useState<string | null>(null);
  /** What waits for page one's facts to be on screen (looking for its further pages). */
  const afterFacts = useRef<(() => void) | null>(null);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    setDigest(null);
    setNotice(null);
    pending.current = null;
    afterFacts.current = null;
    setPages(null);
    setSavedId(null);
    const mine = ++generation.current;
    /** The digest of the article on screen: page one's, then the joined article's. */
    const digestOf = (shown: Reading, digesting: Promise<Digest>) => {
      pending.current = digesting;
      digesting.then(
        (result) => {
          // A digest for an article no longer shown is dropped.
          if (pending.current !== digesting) return;
          setDigest(result);
          if (!connector.abstractive) return;
          setAbstractive({ status: 'working' });
          connector
            .abstractive({ ...shown, digest: result })
            .then((text) => {
              if (pending.current === digesting)
                setAbstractive(text ? { status: 'done', text } : null);
            })
            .catch(() => {
              if (pending.current === digesting) setAbstractive({ status: 'failed' });
            });
        },
        () => {
          if (pending.current === digesting) setDigest('failed');
        },
      );
    };
    connector
      .read()
      .then((reading) => {
        // The article first; the facts follow once computed (the card keeps their place).
        setState({ status: 'done', reading });
        if (!reading.ok) return;
        // Whether it is saved already: asked once the facts are painted (below; the library's
        // code loads for it), so it holds back neither the article nor its facts.
        const askSaved = () => {
          connector
            .savedId?.(reading)
            .then((id) => {
              if (generation.current === mine && id) setSavedId(id);
            })
            .catch(() => undefined);
        };
        // Page one is on screen; the other pages come after it, each joined as it comes (in
        // reading order), and the facts are found again in the article joined so far.
        const readPages = () => {
          if (!connector.readPages) return;
          setPages({ status: 'loading' });
          let shown = reading.article.text;
          /** The article joined so far replaces the one on screen, with its own digest. */
          const show = (next: Reading) => {
            // Another reading began meanwhile (Try again): this one is stale.
            if (generation.current !== mine || next.article.text === shown) return;
            shown = next.article.text;
            setState({ status: 'done', reading: next });
            setDigest(null);
            setAbstractive(null);
            digestOf(next, connector.digest(next));
          };
          connector
            .readPages(reading, (so) => show(so.reading))
            .then((more) => {
              if (generation.current !== mine) return;
              if (more?.status === 'joined') show(more.reading);
              setPages(
                more && more.status !== 'single' ? { status: 'done', ...more.outcome } : null,
              );
            })
            .catch(() => setPages(null));
        };
        // The digest is asked for after the frame that shows the article (the connector may have
        // begun it sooner, off this thread), whether it is saved and the further pages after the
        // frame that shows its facts.
        digestOf(
          reading,
          new Promise<Digest>((resolve, reject) =>
            afterPaint(() => {
              // The further pages once the facts are painted (below): finding them parses page
              // one again, which would hold the facts back on every page.
              afterFacts.current = () => {
                askSaved();
                readPages();
              };
              connector.digest(reading).then(resolve, reject);
            }),
          ),
        );
      })
      .catch((error: unknown) =>
        setState({
          status: 'done',
          reading: { ok: false, reason: 'error', detail: String(error) },
        }),
      );
  }, [connector]);

  useEffect(load, [load]);
  // Performance marks when the article, then its facts, are on screen: the browser benchmark
  // reads them (they stay on this device like every other number).
  const articleShown = state.status === 'done' && state.reading.ok;
  const factsShown = articleShown && digest !== null;
  useLayoutEffect(() => {
    if (articleShown) afterPaint(() => performance.mark('ringkas:article-shown'));
  }, [articleShown, state]);
  useLayoutEffect(() => {
    if (!factsShown) return;
    afterPaint(() => {
      performance.mark('ringkas:facts-shown');
      const next = afterFacts.current;
      afterFacts.current = null;
      next?.();
    });
  }, [factsShown]);

  if (state.status === 'loading') return <LoadingView t={t} />;
  const { reading } = state;
  if (!reading.ok)
    return (
      <FailureView
        reason={reading.reason}
        detail={reading.detail}
        t={t}
        onRetry={load}
        onOpenLibrary={() => connector.openLibrary()}
        {...(connector.openSettings ? { onOpenSettings: connector.openSettings } : {})}
      />
    );

  const withDigest = async (): Promise<DigestedReading> => {
    if (!pending.current) throw new Error('no digest');
    return { ...reading, digest: await pending.current };
  };
  const run = (action: () => Promise<Notice | null>) => () => {
    action()
      .then(setNotice)
      .catch((error: unknown) =>
        setNotice({ key: 'noticeFailed', values: [String(error)], error: true }),
      );
  };

  const save = () => {
    withDigest()
      .then((digested) => connector.save(digested))
      .then((result) => {
        setNotice(result);
        if (result.savedId) setSavedId(result.savedId);
      })
      .catch((error: unknown) =>
        setNotice({ key: 'noticeFailed', values: [String(error)], error: true }),
      );
  };
  const toggleFacts = (next: boolean) => {
    setCollapsed(next);
    connector.setFactsCollapsed?.(next);
  };

  const actions = (
    <div class="actions" role="toolbar" aria-label={t('actionsLabel')}>
      {savedId ? (
        <>
          <span class="saved-state" data-testid="saved-state">
            <span aria-hidden="true">✓ </span>
            {t('actionSaved')}
          </span>
          <button
            type="button"
            class="button button-primary"
            onClick={() => connector.openLibrary(savedId)}
          >
            {t('actionOpenInLibrary')}
          </button>
          {/* The page may have changed since (a corrected story): the saved copy follows it. */}
          <button type="button" class="button" onClick={save}>
            {t('actionSaveAgain')}
          </button>
        </>
      ) : (
        <button type="button" class="button button-primary" onClick={save}>
          {t('actionSave')}
        </button>
      )}
      <button type="button" class="button" onClick={run(() => connector.readInPage(reading))}>
        {t('actionReadInPage')}
      </button>
      <button
        type="button"
        class="button"
        onClick={run(async () => connector.copyMarkdown(await withDigest()))}
      >
        {t('actionCopyMarkdown')}
      </button>
      {originalElsewhere(reading.article) && (
        <button type="button" class="button" onClick={() => connector.openOriginal(reading)}>
          {t('actionOpenOriginal')}
        </button>
      )}
    </div>
  );

  return (
    <main class="popup-article" data-state="article">
      <button type="button" class="popup-library" onClick={() => connector.openLibrary()}>
        {t('actionOpenLibrary')}
      </button>
      <ArticleView
        article={reading.article}
        digest={digest === 'failed' ? EMPTY_DIGEST : digest}
        t={t}
        locale={locale}
        actions={actions}
        abstractive={abstractive}
        pages={pages}
        factsCollapsed={collapsed}
        onFactsCollapse={toggleFacts}
      />
      <div class="toast-region" role="status" aria-live="polite">
        {notice && (
          <p class={notice.error ? 'toast toast-error' : 'toast'}>{t(notice.key, notice.values)}</p>
        )}
      </div>
    </main>
  );
}
