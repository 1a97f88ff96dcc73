// The popup's screen. It gets its data and actions from a connector (props), so it renders the
// same with the real extension or with test data.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Translate } from '../shared/i18n';
import type { TabReading } from '../shared/read-tab';
import { ArticleHeader } from '../ui/article-header';
import { SafeHtml } from '../ui/safe-html';
import { FailureView, LoadingView } from '../ui/status-view';

export interface PopupConnector {
  read: () => Promise<TabReading>;
}

export interface PopupAppProps {
  connector: PopupConnector;
  t: Translate;
  locale: string;
}

type PopupState = { status: 'loading' } | { status: 'done'; reading: TabReading };

export function PopupApp({ connector, t, locale }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });

  const load = useCallback(() => {
    setState({ status: 'loading' });
    connector
      .read()
      .then((reading) => setState({ status: 'done', reading }))
      .catch((error: unknown) =>
        setState({ status: 'done', reading: { ok: false, reason: 'error', detail: String(error) } }),
      );
  }, [connector]);

  useEffect(load, [load]);

  if (state.status === 'loading') return <LoadingView t={t} />;
  const { reading } = state;
  if (!reading.ok) return <FailureView reason={reading.reason} detail={reading.detail} t={t} onRetry={load} />;
  const { article } = reading;
  return (
    <main class="popup-article" data-state="article">
      <ArticleHeader article={article} t={t} locale={locale} />
      <article class="article-body" aria-label={t('articleBodyLabel')}>
        <SafeHtml html={article.html} class="article-content" lang={article.lang} />
      </article>
    </main>
  );
}
