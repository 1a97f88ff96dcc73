// The reading view inside a page: a calm column with the article and its facts, a toolbar with
// appearance settings, save and close. Props only; src/content/reader.ts wires it to the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../contracts/i18n';
import type { Settings } from '../contracts/settings';
import type { Digest } from '../core/types';
import { AppearanceControls } from '../ui/appearance-controls';
import type { TabReading } from '../contracts/tab-reading';
import { ArticleView } from '../ui/article-view';
import { FailureView, LoadingView } from '../ui/status-view';
import type { Notice } from '../ui/notice';
import type { PagesState } from '../ui/pages-status';

export interface ReaderActions {
  close: () => void;
  save: () => Promise<Notice>;
  changeSettings: (next: Settings) => void;
}

export interface ReaderAppProps {
  reading: TabReading | null;
  /** The facts, null until the background has computed them. */
  digest: Digest | null;
  settings: Settings;
  t: Translate;
  locale: string;
  actions: ReaderActions;
  /** The article's further pages (issue 12): loading, joined, or not loaded. */
  pages?: PagesState | null;
}

function noticeKind(notice: Notice): 'error' | 'updated' | 'saved' {
  if (notice.error) return 'error';
  return notice.key === 'noticeUpdated' ? 'updated' : 'saved';
}

export function ReaderApp({
  reading,
  digest,
  settings,
  t,
  locale,
  actions,
  pages = null,
}: ReaderAppProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [panel, setPanel] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const save = () => {
    actions
      .save()
      .then(setNotice)
      .catch((error: unknown) =>
        setNotice({ key: 'noticeSaveFailed', values: [String(error)], error: true }),
      );
  };

  return (
    <div class="reader" role="dialog" aria-modal="true" aria-label={t('readerLabel')}>
      <div class="reader-bar" role="toolbar" aria-label={t('readerToolbar')}>
        <span class="reader-brand">Ringkas</span>
        <button
          type="button"
          class="button"
          aria-expanded={panel}
          aria-controls="reader-appearance"
          onClick={() => setPanel(!panel)}
        >
          {t('readerAppearance')}
        </button>
        {reading?.ok && (
          <button type="button" class="button button-primary" onClick={save}>
            {t('actionSave')}
          </button>
        )}
        <button
          type="button"
          class="button reader-close"
          ref={closeButton}
          onClick={actions.close}
          aria-label={t('readerClose')}
          title={t('readerCloseHint')}
        >
          {t('readerCloseShort')}
        </button>
      </div>
      {panel && (
        <div class="reader-appearance" id="reader-appearance">
          <AppearanceControls settings={settings} t={t} onChange={actions.changeSettings} />
        </div>
      )}
      <div class="reader-column">
        {!reading ? (
          <LoadingView t={t} />
        ) : reading.ok ? (
          <ArticleView
            article={reading.article}
            digest={digest}
            t={t}
            locale={locale}
            pages={pages}
            factsCollapsed={settings.factsCollapsed}
            onFactsCollapse={(collapsed) =>
              actions.changeSettings({ ...settings, factsCollapsed: collapsed })
            }
          />
        ) : (
          <FailureView reason={reading.reason} detail={reading.detail} t={t} />
        )}
      </div>
      <div class="toast-region" role="status" aria-live="polite">
        {notice && (
          // The words are the CSS content of the notice (reader.css): a page can search the text
          // of a closed shadow root with window.find, and would learn what was saved before.
          <p
            class={notice.error ? 'toast toast-error' : 'toast'}
            data-kind={noticeKind(notice)}
            data-text={t(notice.key, notice.values)}
          />
        )}
      </div>
    </div>
  );
}
