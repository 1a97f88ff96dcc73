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

  const load = useCallback(() => {
    setState({ status: 'loading' });
    setNotice(null);
    setDigest(null);
    digested.current = null;
    connector
      .read()
      .then((reading) => {
        // The article first; the facts follow once computed (the card keeps their place).
        setState({ status: 'done', reading });
        if (!reading.ok) return;
        const pending = connector.digest(reading).then((d) => ({ ...reading, digest: d }));
        digested.current = pending;
        pending.then(
          (full) => {
            setDigest(full.digest);
            if (!connector.abstractive) return;
            setAbstractive({ status: 'working' });
            connector
              .abstractive(full)
              .then((text) => setAbstractive(text ? { status: 'done', text } : null))
              .catch(() => setAbstractive({ status: 'failed' }));
          },
          () => setDigest('failed'),
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
      />
      <div class="toast-region" role="status" aria-live="polite">
        {notice && (
          <p class={notice.error ? 'toast toast-error' : 'toast'}>{t(notice.key, notice.values)}</p>
        )}
      </div>
    </main>
  );
}
