// The highlights of a saved article: colour buttons for the selected text, then every highlight
// with its colour, its note, a way to it in the article, and removal. Data and actions as props:
// the library's reading view and the in-page reader show it.
import { useEffect, useRef } from 'preact/hooks';
import {
  HIGHLIGHT_COLORS,
  ANNOTATION_LIMITS,
  type Highlight,
  type HighlightColor,
} from '../core/schema/annotation';
import type { Translate } from '../contracts/i18n';

export interface HighlightsPanelProps {
  t: Translate;
  highlights: readonly Highlight[];
  orphans: readonly string[];
  /** Whether text of the article is selected (the colour buttons act on it). */
  selecting: boolean;
  /** A highlight just made: its note field takes the focus. */
  justAdded: string | null;
  onHighlight: (color: HighlightColor) => void;
  onChange: (id: string, patch: { color?: HighlightColor; note?: string }) => void;
  onRemove: (id: string) => void;
  onShow: (id: string) => void;
}

/** A button per colour, for the selected text (the panel's, and the in-page reader's toolbar). */
export function HighlightSwatches(props: {
  t: Translate;
  disabled: boolean;
  onHighlight: (color: HighlightColor) => void;
}) {
  return (
    <>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`swatch highlight-${color}`}
          disabled={props.disabled}
          data-color={color}
          // Keeps the selection a mouse click would otherwise collapse.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onHighlight(color)}
        >
          {props.t(`library_highlightColor_${color}`)}
        </button>
      ))}
    </>
  );
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function HighlightsPanel(props: HighlightsPanelProps) {
  const { t, highlights, orphans, selecting, justAdded } = props;
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!justAdded) return;
    list.current
      ?.querySelector<HTMLTextAreaElement>(`[data-note="${CSS.escape(justAdded)}"]`)
      ?.focus();
  }, [justAdded, highlights.length]);
  return (
    <section class="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title">{t('library_highlightsTitle')}</h2>
      <div class="highlight-tools" role="group" aria-label={t('library_highlightSelection')}>
        <HighlightSwatches t={t} disabled={!selecting} onHighlight={props.onHighlight} />
        <p class="hint">{t('library_highlightHint')}</p>
      </div>
      {highlights.length === 0 ? (
        <p>{t('library_highlightNone')}</p>
      ) : (
        <ol class="highlight-list" ref={list}>
          {highlights.map((h) => (
            <li key={h.id} class={`highlight-item highlight-${h.color}`} data-highlight={h.id}>
              <blockquote>{h.exact}</blockquote>
              {orphans.includes(h.id) && <p class="orphan">{t('library_highlightOrphan')}</p>}
              <label>
                {t('library_highlightNote', [short(h.exact)])}
                <textarea
                  data-note={h.id}
                  maxLength={ANNOTATION_LIMITS.note}
                  // Uncontrolled: a record arriving while the reader types must not reset it.
                  defaultValue={h.note}
                  onChange={(e) => props.onChange(h.id, { note: e.currentTarget.value })}
                />
              </label>
              <div class="highlight-actions">
                <label>
                  {t('library_highlightColorOf', [short(h.exact)])}
                  <select
                    value={h.color}
                    onChange={(e) =>
                      props.onChange(h.id, { color: e.currentTarget.value as HighlightColor })
                    }
                  >
                    {HIGHLIGHT_COLORS.map((color) => (
                      <option key={color} value={color}>
                        {t(`library_highlightColor_${color}`)}
                      </option>
                    ))}
                  </select>
                </label>
                {!orphans.includes(h.id) && (
                  <button type="button" onClick={() => props.onShow(h.id)}>
                    {t('library_highlightShow')}
                  </button>
                )}
                <button type="button" class="danger" onClick={() => props.onRemove(h.id)}>
                  {t('library_highlightRemove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
