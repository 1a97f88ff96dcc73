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
import { HighlightSwatches, HighlightsPanel } from '../ui/highlights-panel';
import type { Highlight } from '../core/schema/annotation';
import type { HighlightEditOp } from '../core/collection/highlight-edit';
import { useHighlights } from './use-highlights';

export interface ReaderActions {
  close: () => void;
  save: () => Promise<Notice>;
  changeSettings: (next: Settings) => void;
  print: () => void;
  /** One edit of the article's highlights (saving the article first when it is not saved). */
  editHighlight: (edit: HighlightEditOp) => Promise<Notice | null>;
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
  /** The highlights of the article, as stored in the library (none when it is not saved). */
  highlights?: readonly Highlight[];
}

function noticeKind(notice: Notice): 'error' | 'updated' | 'saved' {
  if (notice.error) return 'error';
  return notice.key === 'noticeUpdated' ? 'updated' : 'saved';
}

type Panel = 'appearance' | 'listen' | 'keys' | 'notes' | null;

const NONE: readonly Highlight[] = [];

export function ReaderApp({
  reading,
  digest,
  settings,
  t,
  locale,
  actions,
  pages = null,
  highlights = NONE,
}: ReaderAppProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const view = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const column = useRef<HTMLDivElement>(null);
  useEffect(() => column.current?.focus({ preventScroll: true }), []);
  const failed = (error: unknown) =>
    setNotice({ key: 'noticeSaveFailed', values: [String(error)], error: true });
  const save = () => {
    actions.save().then(setNotice).catch(failed);
  };
  const notes = useHighlights(highlights, (edit) => {
    // A new highlight opens the list, its note field focused (HighlightsPanel).
    if (edit.kind === 'add') setPanel('notes');
    actions
      .editHighlight(edit)
      .then((answer) => answer && setNotice(answer))
      .catch(failed);
  });
  const toggle = (which: Panel) => setPanel(panel === which ? null : which);
  const onKeyDown = (event: KeyboardEvent) => {
    const container = view.current;
    if (!container) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (panel === 'keys') setPanel(null);
      else actions.close();
    } else if (
      event.key === 'h' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !onControl(event) &&
      notes.highlight('yellow')
    ) {
      event.preventDefault();
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
              {notes.selecting && panel !== 'notes' && (
                <span
                  role="group"
                  class="reader-swatches"
                  aria-label={t('library_highlightSelection')}
                >
                  <HighlightSwatches t={t} disabled={false} onHighlight={notes.highlight} />
                </span>
              )}
              <button
                type="button"
                class="button"
                aria-expanded={panel === 'notes'}
                aria-controls="reader-notes"
                aria-keyshortcuts="H"
                // Keeps the selection a mouse click would otherwise collapse.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => toggle('notes')}
              >
                {highlights.length
                  ? t('readerHighlightsCount', [highlights.length])
                  : t('readerHighlights')}
              </button>
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
        {panel === 'notes' && reading?.ok && (
          <div class="reader-panel reader-notes" id="reader-notes">
            <HighlightsPanel
              t={t}
              highlights={highlights}
              orphans={notes.orphans}
              selecting={notes.selecting}
              justAdded={notes.justAdded}
              onHighlight={notes.highlight}
              onChange={notes.change}
              onRemove={notes.remove}
              onShow={notes.show}
            />
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
            onBody={(element) => {
              setBody(element);
              notes.onBody(element);
            }}
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
