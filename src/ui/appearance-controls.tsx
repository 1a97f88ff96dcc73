// Theme, font, text size, line width and line height: one set of controls for the options page
// and the in-page reader, so the two never drift apart.
import { FONTS, THEMES, type Settings } from '../contracts/settings';
import type { Translate } from '../contracts/i18n';

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
const LINE_WIDTHS = [52, 60, 68, 76, 88];
const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2.0];

export interface AppearanceControlsProps {
  settings: Settings;
  t: Translate;
  onChange: (next: Settings) => void;
}

export function AppearanceControls({ settings, t, onChange }: AppearanceControlsProps) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    onChange({ ...settings, [key]: value });
  const choice = <T extends string>(
    legend: string,
    values: readonly T[],
    current: T,
    label: (value: T) => string,
    pick: (value: T) => void,
    attribute: string,
  ) => (
    <fieldset class="appearance-choice">
      <legend>{legend}</legend>
      {values.map((value) => (
        <button
          type="button"
          key={value}
          class="button"
          aria-pressed={current === value}
          {...{ [attribute]: value }}
          onClick={() => pick(value)}
        >
          {label(value)}
        </button>
      ))}
    </fieldset>
  );
  return (
    <div class="appearance-controls">
      {choice(
        t('settingTheme'),
        THEMES,
        settings.theme,
        (v) => t(THEME_KEY[v]),
        (v) => set('theme', v),
        'data-theme-choice',
      )}
      {choice(
        t('settingFont'),
        FONTS,
        settings.font,
        (v) => t(FONT_KEY[v]),
        (v) => set('font', v),
        'data-font-choice',
      )}
      <fieldset class="appearance-choice">
        <legend>{t('settingTextSize')}</legend>
        <button
          type="button"
          class="button"
          disabled={settings.textSize <= 12}
          onClick={() => set('textSize', settings.textSize - 1)}
        >
          {t('readerSmaller')}
        </button>
        <output aria-live="polite">{settings.textSize}px</output>
        <button
          type="button"
          class="button"
          disabled={settings.textSize >= 32}
          onClick={() => set('textSize', settings.textSize + 1)}
        >
          {t('readerLarger')}
        </button>
      </fieldset>
      <label class="appearance-select">
        {t('settingLineWidth')}{' '}
        <select
          value={String(settings.lineWidth)}
          onChange={(e) => set('lineWidth', Number(e.currentTarget.value))}
        >
          {[...new Set([...LINE_WIDTHS, settings.lineWidth])]
            .sort((a, b) => a - b)
            .map((width) => (
              <option key={width} value={String(width)}>
                {width}
              </option>
            ))}
        </select>
      </label>{' '}
      <label class="appearance-select">
        {t('settingLineHeight')}{' '}
        <select
          value={settings.lineHeight.toFixed(1)}
          onChange={(e) => set('lineHeight', Number(e.currentTarget.value))}
        >
          {[...new Set([...LINE_HEIGHTS, settings.lineHeight])]
            .sort((a, b) => a - b)
            .map((height) => (
              <option key={height} value={height.toFixed(1)}>
                {height.toFixed(1)}
              </option>
            ))}
        </select>
      </label>
      <label class="appearance-check">
        <input
          type="checkbox"
          checked={settings.printFacts}
          onChange={(e) => set('printFacts', e.currentTarget.checked)}
        />{' '}
        {t('settingPrintFacts')}
      </label>
    </div>
  );
}
