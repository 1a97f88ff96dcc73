// The popup's screen. It gets its data and actions from a connector (props), so it renders the
// same with the real extension or with test data.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Digest } from '../core/types';
import { emptyDigest } from '../core/empty-digest';
import type { Translate } from '../contracts/i18n';
import type { TabReading } from '../contracts/tab-reading';
import { ArticleView } from '../ui/article-view';
import type { AbstractiveSummary } from '../ui/facts-card';
import { FailureView, LoadingView } from '../ui/status-view';
import type { Notice } from '../ui/notice';
import type { PagesState } from '../ui/pages-status';
import type { PagesReading } from '../platform/read-pages';

type Reading = Extract<TabReading, { ok: true }>;
/** A reading with its digest, for the actions that keep or copy the facts. */
export type DigestedReading = Reading & { digest: Digest };

export interface PopupConnector {
  read: () => Promise<TabReading>;
  /** The facts and summary, computed here after the article is on screen. */
  digest: (reading: Reading) => Promise<Digest>;
  save: (reading: DigestedReading) => Promise<Notice>;
  readInPage: (reading: Reading) => Promise<Notice | null>;
  copyMarkdown: (reading: DigestedReading) => Promise<Notice>;
  openOriginal: (reading: Reading) => void;
  openLibrary: () => void;
  /** The browser's own summary, when the reader turned it on and the browser has one. */
  abstractive?: (reading: DigestedReading) => Promise<string | null>;
  /** The article's further pages, joined (absent when the reader turned that off). */
  readPages?: (reading: Reading) => Promise<PagesReading | null>;
}

export interface PopupAppProps {
  connector: PopupConnector;
  t: Translate;
  locale: string;
}

type PopupState = { status: 'loading' } | { status: 'done'; reading: TabReading };

/** What the card shows when the facts could not be computed: nothing (the article stays). */
const EMPTY_DIGEST = emptyDigest();

export function PopupApp({ connector, t, locale }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [abstractive, setAbstractive] = useState<AbstractiveSummary | null>(null);
  const [digest, setDigest] = useState<Digest | 'failed' | null>(null);
  const digested = useRef<Promise<DigestedReading> | null>(null);
  const [pages, setPages] = useState<PagesState | null>(null);
  const generation = useRef(0);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    setNotice(null);
    setDigest(null);
    digested.current = null;
    setPages(null);
    const mine = ++generation.current;
    connector
      .read()
      .then((reading) => {
        // The article first; the facts follow once computed (the card keeps their place).
        setState({ status: 'done', reading });
        if (!reading.ok) return;
        // The digest of the article on screen: page one's, then the joined article's.
        const digestOf = (shown: Reading) => {
          const pending = connector.digest(shown).then((d) => ({ ...shown, digest: d }));
          digested.current = pending;
          pending.then(
            (full) => {
              // A digest for an article no longer shown is dropped.
              if (digested.current !== pending) return;
              setDigest(full.digest);
              if (!connector.abstractive) return;
              setAbstractive({ status: 'working' });
              connector
                .abstractive(full)
                .then((text) => {
                  if (digested.current === pending)
                    setAbstractive(text ? { status: 'done', text } : null);
                })
                .catch(() => {
                  if (digested.current === pending) setAbstractive({ status: 'failed' });
                });
            },
            () => {
              if (digested.current === pending) setDigest('failed');
            },
          );
        };
        digestOf(reading);
        // Page one is on screen; the other pages come after it and replace it when joined, and
        // the facts are found again, in the whole article.
        if (!connector.readPages) return;
        setPages({ status: 'loading' });
        connector
          .readPages(reading)
          .then((more) => {
            // Another reading began meanwhile (Try again): this one is stale.
            if (generation.current !== mine) return;
            if (more?.status === 'joined') {
              setState({ status: 'done', reading: more.reading });
              setDigest(null);
              setAbstractive(null);
              digestOf(more.reading);
            }
            setPages(more && more.status !== 'single' ? { status: 'done', ...more.outcome } : null);
          })
          .catch(() => setPages(null));
      })
      .catch((error: unknown) =>
        setState({
          status: 'done',
          reading: { ok: false, reason: 'error', detail: String(error) },
        }),
      );
  }, [connector]);

  useEffect(load, [load]);
  // A performance mark when the article is on screen, with the pipeline's own time in the page:
  // the browser benchmark reads both (they stay on this device like every other number).
  useEffect(() => {
    if (state.status === 'done' && state.reading.ok) {
      performance.mark('ringkas:article-shown', { detail: { pipelineMs: state.reading.ms } });
    }
  }, [state]);

  if (state.status === 'loading') return <LoadingView t={t} />;
  const { reading } = state;
  if (!reading.ok)
    return <FailureView reason={reading.reason} detail={reading.detail} t={t} onRetry={load} />;

  const withDigest = (action: (full: DigestedReading) => Promise<Notice | null>) => async () => {
    if (!digested.current) throw new Error('no digest');
    return action(await digested.current);
  };
  const run = (action: () => Promise<Notice | null>) => () => {
    action()
      .then(setNotice)
      .catch((error: unknown) =>
        setNotice({ key: 'noticeFailed', values: [String(error)], error: true }),
      );
  };

  const actions = (
    <div class="actions" role="toolbar" aria-label={t('actionsLabel')}>
      <button
        type="button"
        class="button button-primary"
        onClick={run(withDigest((full) => connector.save(full)))}
      >
        {t('actionSave')}
      </button>
      <button type="button" class="button" onClick={run(() => connector.readInPage(reading))}>
        {t('actionReadInPage')}
      </button>
      <button
        type="button"
        class="button"
        onClick={run(withDigest((full) => connector.copyMarkdown(full)))}
      >
        {t('actionCopyMarkdown')}
      </button>
      <button type="button" class="button" onClick={() => connector.openOriginal(reading)}>
        {t('actionOpenOriginal')}
      </button>
      <button type="button" class="button" onClick={() => connector.openLibrary()}>
        {t('actionOpenLibrary')}
      </button>
    </div>
  );

  return (
    <main class="popup-article" data-state="article">
      <ArticleView
        article={reading.article}
        digest={digest === 'failed' ? EMPTY_DIGEST : digest}
        t={t}
        locale={locale}
        actions={actions}
        abstractive={abstractive}
        pages={pages}
      />
      <div class="toast-region" role="status" aria-live="polite">
        {notice && (
          <p class={notice.error ? 'toast toast-error' : 'toast'}>{t(notice.key, notice.values)}</p>
        )}
      </div>
    </main>
  );
}
