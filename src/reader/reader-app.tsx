// The reading view inside a page: a calm column with the article and its facts, a toolbar with
// appearance settings, read aloud, print, save and close. Props only; src/content/reader.ts wires
// it to the page. By keyboard (issue 15, item 1): the focus starts in the article, the scrolling
// keys scroll it, Tab stays inside, Esc closes, `?` lists the keys.
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
import { ReadAloud } from '../ui/read-aloud';
import { KeyList } from '../ui/key-list';
import { onControl, scrollKey, trapTab } from '../ui/reader-keys';

export interface ReaderActions {
  close: () => void;
  save: () => Promise<Notice>;
  changeSettings: (next: Settings) => void;
  print: () => void;
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

type Panel = 'appearance' | 'listen' | 'keys' | null;

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
  const [panel, setPanel] = useState<Panel>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const view = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const column = useRef<HTMLDivElement>(null);
  useEffect(() => column.current?.focus({ preventScroll: true }), []);
  const save = () => {
    actions
      .save()
      .then(setNotice)
      .catch((error: unknown) =>
        setNotice({ key: 'noticeSaveFailed', values: [String(error)], error: true }),
      );
  };
  const toggle = (which: Panel) => setPanel(panel === which ? null : which);
  const onKeyDown = (event: KeyboardEvent) => {
    const container = view.current;
    if (!container) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (panel === 'keys') setPanel(null);
      else actions.close();
    } else if (event.key === '?' && !onControl(event)) {
      event.preventDefault();
      toggle('keys');
    } else if (!trapTab(event, container) && container.parentElement)
      scrollKey(event, container.parentElement, top.current?.offsetHeight ?? 0);
  };
  const button = (which: Panel, label: string) => (
    <button
      type="button"
      class="button"
      aria-expanded={panel === which}
      aria-controls={`reader-${which}`}
      onClick={() => toggle(which)}
    >
      {label}
    </button>
  );

  return (
    <div
      class="reader"
      role="dialog"
      aria-modal="true"
      aria-label={t('readerLabel')}
      ref={view}
      onKeyDown={onKeyDown}
    >
      <div class="reader-top" ref={top}>
        <div class="reader-bar" role="toolbar" aria-label={t('readerToolbar')}>
          <span class="reader-brand">Ringkas</span>
          {button('appearance', t('readerAppearance'))}
          {reading?.ok && (
            <>
              {button('listen', t('readerListen'))}
              <button
                type="button"
                class="button"
                title={t('actionPrintHint')}
                onClick={actions.print}
              >
                {t('actionPrint')}
              </button>
              <button type="button" class="button button-primary" onClick={save}>
                {t('actionSave')}
              </button>
            </>
          )}
          <button
            type="button"
            class="button"
            aria-expanded={panel === 'keys'}
            aria-controls="reader-keys"
            aria-keyshortcuts="?"
            aria-label={t('readerKeys')}
            title={t('readerKeys')}
            onClick={() => toggle('keys')}
          >
            ?
          </button>
          <button
            type="button"
            class="button reader-close"
            onClick={actions.close}
            aria-label={t('readerClose')}
            title={t('readerCloseHint')}
          >
            {t('readerCloseShort')}
          </button>
        </div>
        {panel === 'appearance' && (
          <div class="reader-panel" id="reader-appearance">
            <AppearanceControls settings={settings} t={t} onChange={actions.changeSettings} />
          </div>
        )}
        {panel === 'listen' && reading?.ok && (
          <div class="reader-panel" id="reader-listen">
            <ReadAloud body={body} lang={reading.article.lang} t={t} locale={locale} />
          </div>
        )}
        {panel === 'keys' && (
          <div class="reader-panel">
            <KeyList t={t} id="reader-keys" />
          </div>
        )}
      </div>
      <div class="reader-column" ref={column} tabIndex={-1}>
        {!reading ? (
          <LoadingView t={t} />
        ) : reading.ok ? (
          <ArticleView
            article={reading.article}
            digest={digest}
            t={t}
            locale={locale}
            pages={pages}
            onBody={setBody}
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
