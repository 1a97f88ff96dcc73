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
  /** The browser's own words for an error (English, technical): shown only on request. */
  detail?: string;
  t: Translate;
  onRetry?: () => void;
  /** Ways on from a state screen (issue 15, item 6): never a dead end. */
  onOpenLibrary?: () => void;
  onOpenSettings?: () => void;
}

/**
 * What a raw error means, in the UI's language: the browser's messages are English and name
 * internals ("No tab with id: 987654321."), so the person reads ours and the raw text is kept
 * behind a disclosure for a bug report.
 */
export function errorBodyKey(detail: string | undefined): string {
  if (
    detail &&
    /\b(no tab with id|invalid tab id|no tab to read|tab .*(closed|not found))\b/i.test(detail)
  )
    return 'stateErrorNoTab';
  return 'stateErrorBody';
}

export function FailureView({
  reason,
  detail,
  t,
  onRetry,
  onOpenLibrary,
  onOpenSettings,
}: FailureViewProps) {
  const text = FAILURE_TEXT[reason];
  const body = reason === 'error' ? errorBodyKey(detail) : text.body;
  return (
    <div class={`status status-${reason}`} role="alert" data-state={reason}>
      <h1 class="status-title">{t(text.title)}</h1>
      <p>{t(body)}</p>
      {reason === 'error' && detail && (
        <details class="status-detail">
          <summary>{t('stateErrorDetail')}</summary>
          <p lang="en">{detail}</p>
        </details>
      )}
      <p class="status-actions">
        {onRetry && (reason === 'error' || reason === 'timeout') && (
          <button type="button" class="button" onClick={onRetry}>
            {t('actionRetry')}
          </button>
        )}
        {onOpenLibrary && (
          <button type="button" class="button" onClick={onOpenLibrary}>
            {t('actionOpenLibrary')}
          </button>
        )}
        {onOpenSettings && (
          <button type="button" class="button" onClick={onOpenSettings}>
            {t('stateOpenSettings')}
          </button>
        )}
      </p>
    </div>
  );
}
