// Every state that is not an article has a view with words for a person: never a blank popup.
import type { Translate } from '../contracts/i18n';
import type { PageFailure } from '../contracts/tab-reading';

export function LoadingView({ t }: { t: Translate }) {
  return (
    <div class="status status-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>{t('stateReading')}</p>
    </div>
  );
}

const FAILURE_TEXT: Record<PageFailure, { title: string; body: string }> = {
  'not-article': { title: 'stateNotArticleTitle', body: 'stateNotArticleBody' },
  forbidden: { title: 'stateForbiddenTitle', body: 'stateForbiddenBody' },
  'not-html': { title: 'stateNotHtmlTitle', body: 'stateNotHtmlBody' },
  'too-large': { title: 'stateTooLargeTitle', body: 'stateTooLargeBody' },
  timeout: { title: 'stateTimeoutTitle', body: 'stateTimeoutBody' },
  error: { title: 'stateErrorTitle', body: 'stateErrorBody' },
};

export interface FailureViewProps {
  reason: PageFailure;
  detail?: string;
  t: Translate;
  onRetry?: () => void;
}

export function FailureView({ reason, detail, t, onRetry }: FailureViewProps) {
  const text = FAILURE_TEXT[reason];
  return (
    <div class={`status status-${reason}`} role="alert" data-state={reason}>
      <h1 class="status-title">{t(text.title)}</h1>
      <p>{t(text.body)}</p>
      {reason === 'error' && detail && <p class="status-detail">{detail}</p>}
      {onRetry && (reason === 'error' || reason === 'timeout') && (
        <button type="button" class="button" onClick={onRetry}>
          {t('actionRetry')}
        </button>
      )}
    </div>
  );
}
