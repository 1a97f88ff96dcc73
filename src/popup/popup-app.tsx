// The popup's screen. It gets its data and actions from a connector (props), so it renders the
// same with the real extension or with test data.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Translate } from '../contracts/i18n';
import type { TabReading } from '../contracts/tab-reading';
import { ArticleView } from '../ui/article-view';
import type { AbstractiveSummary } from '../ui/facts-card';
import { FailureView, LoadingView } from '../ui/status-view';
import type { Notice } from '../ui/notice';
import type { PagesState } from '../ui/pages-status';
import type { PagesReading } from '../platform/read-pages';

type Reading = Extract<TabReading, { ok: true }>;

export interface PopupConnector {
  read: () => Promise<TabReading>;
  save: (reading: Reading) => Promise<Notice>;
  readInPage: (reading: Reading) => Promise<Notice | null>;
  copyMarkdown: (reading: Reading) => Promise<Notice>;
  openOriginal: (reading: Reading) => void;
  openLibrary: () => void;
  /** The browser's own summary, when the reader turned it on and the browser has one. */
  abstractive?: (reading: Reading) => Promise<string | null>;
  /** The article's further pages, joined (absent when the reader turned that off). */
  readPages?: (reading: Reading) => Promise<PagesReading | null>;
}

export interface PopupAppProps {
  connector: PopupConnector;
  t: Translate;
  locale: string;
}

type PopupState = { status: 'loading' } | { status: 'done'; reading: TabReading };

export function PopupApp({ connector, t, locale }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [abstractive, setAbstractive] = useState<AbstractiveSummary | null>(null);
  const [pages, setPages] = useState<PagesState | null>(null);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    setNotice(null);
    setPages(null);
    connector
      .read()
      .then((reading) => {
        setState({ status: 'done', reading });
        // Page one is on screen; the other pages come after it and replace it when joined.
        if (reading.ok && connector.readPages) {
          setPages({ status: 'loading' });
          connector
            .readPages(reading)
            .then((more) => {
              if (more?.status === 'joined') setState({ status: 'done', reading: more.reading });
              setPages(
                more && more.status !== 'single' ? { status: 'done', ...more.outcome } : null,
              );
            })
            .catch(() => setPages(null));
        }
        if (reading.ok && connector.abstractive) {
          const pending = connector.abstractive(reading);
          setAbstractive({ status: 'working' });
          pending
            .then((text) => setAbstractive(text ? { status: 'done', text } : null))
            .catch(() => setAbstractive({ status: 'failed' }));
        }
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
        onClick={run(() => connector.save(reading))}
      >
        {t('actionSave')}
      </button>
      <button type="button" class="button" onClick={run(() => connector.readInPage(reading))}>
        {t('actionReadInPage')}
      </button>
      <button type="button" class="button" onClick={run(() => connector.copyMarkdown(reading))}>
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
        digest={reading.digest}
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
