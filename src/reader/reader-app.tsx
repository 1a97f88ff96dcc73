// The reading view inside a page: a calm column with the article and its facts, a toolbar with
// appearance settings, save and close. Props only; src/content/reader.ts wires it to the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../shared/i18n';
import { FONTS, THEMES, type Settings } from '../shared/settings';
import type { TabReading } from '../shared/read-tab';
import { ArticleView } from '../ui/article-view';
import { FailureView, LoadingView } from '../ui/status-view';
import type { Notice } from '../ui/notice';

export interface ReaderActions {
  close: () => void;
  save: () => Promise<Notice>;
  changeSettings: (next: Settings) => void;
}

export interface ReaderAppProps {
  reading: TabReading | null;
  settings: Settings;
  t: Translate;
  locale: string;
  actions: ReaderActions;
}

const THEME_KEY: Record<(typeof THEMES)[number], string> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};
const FONT_KEY: Record<(typeof FONTS)[number], string> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  legible: 'fontLegible',
};

export function ReaderApp({ reading, settings, t, locale, actions }: ReaderAppProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [panel, setPanel] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    actions.changeSettings({ ...settings, [key]: value });
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
          <fieldset>
            <legend>{t('settingTheme')}</legend>
            {THEMES.map((theme) => (
              <button
                type="button"
                key={theme}
                class="button"
                aria-pressed={settings.theme === theme}
                data-theme-choice={theme}
                onClick={() => set('theme', theme)}
              >
                {t(THEME_KEY[theme])}
              </button>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('settingFont')}</legend>
            {FONTS.map((font) => (
              <button
                type="button"
                key={font}
                class="button"
                aria-pressed={settings.font === font}
                onClick={() => set('font', font)}
              >
                {t(FONT_KEY[font])}
              </button>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('settingTextSize')}</legend>
            <button
              type="button"
              class="button"
              aria-label={t('readerSmaller')}
              disabled={settings.textSize <= 12}
              onClick={() => set('textSize', settings.textSize - 1)}
            >
              A−
            </button>
            <output aria-live="polite">{settings.textSize}px</output>
            <button
              type="button"
              class="button"
              aria-label={t('readerLarger')}
              disabled={settings.textSize >= 32}
              onClick={() => set('textSize', settings.textSize + 1)}
            >
              A+
            </button>
          </fieldset>
          <label>
            {t('settingLineWidth')}{' '}
            <select
              value={String(settings.lineWidth)}
              onChange={(e) => set('lineWidth', Number(e.currentTarget.value))}
            >
              {[52, 60, 68, 76, 88].map((width) => (
                <option key={width} value={String(width)}>
                  {width}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('settingLineHeight')}{' '}
            <select
              value={settings.lineHeight.toFixed(1)}
              onChange={(e) => set('lineHeight', Number(e.currentTarget.value))}
            >
              {['1.4', '1.6', '1.8', '2.0'].map((height) => (
                <option key={height} value={height}>
                  {height}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div class="reader-column">
        {!reading ? (
          <LoadingView t={t} />
        ) : reading.ok ? (
          <ArticleView article={reading.article} digest={reading.digest} t={t} locale={locale} />
        ) : (
          <FailureView reason={reading.reason} detail={reading.detail} t={t} />
        )}
      </div>
      <div class="toast-region" role="status" aria-live="polite">
        {notice && (
          <p class={notice.error ? 'toast toast-error' : 'toast'}>{t(notice.key, notice.values)}</p>
        )}
      </div>
    </div>
  );
}
