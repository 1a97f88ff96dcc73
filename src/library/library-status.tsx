// The library's status line: what was deleted (with undo), or a message with its details.
import { plural, type Translate } from '../contracts/i18n';

export type PageStatus =
  { kind: 'deleted'; count: number } | { kind: 'info' | 'error'; text: string; details?: string[] };

export interface LibraryStatusProps {
  t: Translate;
  locale: string;
  status: PageStatus | null;
  onUndo: () => void;
  onDismiss: () => void;
}

export function LibraryStatus({ t, locale, status, onUndo, onDismiss }: LibraryStatusProps) {
  return (
    <div class="status" role="status" aria-live="polite">
      {status?.kind === 'deleted' && (
        <p>
          {plural(t, locale, 'library_deleted', status.count)}{' '}
          <button type="button" onClick={onUndo}>
            {t('library_undo')}
          </button>
        </p>
      )}
      {status && status.kind !== 'deleted' && (
        <div class={status.kind === 'error' ? 'status-error' : 'status-info'}>
          <p>{status.text}</p>
          {status.details && status.details.length > 0 && (
            <details>
              <summary>{t('library_details')}</summary>
              <ul>
                {status.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" onClick={onDismiss}>
            {t('library_dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
