// The settings screen: appearance (shared by the popup, the reader and the library), the UI
// language, and the sites that open in reading mode by themselves.
import { useState } from 'preact/hooks';
import type { Settings } from '../contracts/settings';
import { AppearanceControls } from '../ui/appearance-controls';
import type { Translate } from '../contracts/i18n';

export interface OptionsActions {
  change: (next: Settings) => void;
  addSite: (input: string) => Promise<{ ok: true } | { ok: false; error: string }>;
  removeSite: (origin: string) => Promise<void>;
  /** Asks for host access to keep images (issue 16); called straight from the click. */
  allowImages?: () => void;
}

export interface OptionsAppProps {
  settings: Settings;
  actions: OptionsActions;
  t: Translate;
  /** Whether Ringkas may fetch images from any site (null while unknown). */
  imageAccess?: boolean | null;
}

export function OptionsApp({ settings, actions, t, imageAccess = null }: OptionsAppProps) {
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    actions.change({ ...settings, [key]: value });

  const addSite = async (event: Event) => {
    event.preventDefault();
    setSiteError(null);
    const result = await actions.addSite(siteInput);
    if (result.ok) setSiteInput('');
    else setSiteError(result.error);
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{t('optionsAppearance')}</h2>
        <AppearanceControls settings={settings} t={t} onChange={actions.change} />
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('optionsLanguage')}</h2>
        <label>
          {t('settingUiLanguage')}{' '}
          <select
            value={settings.uiLanguage}
            onChange={(e) => set('uiLanguage', e.currentTarget.value as Settings['uiLanguage'])}
          >
            <option value="">{t('languageBrowser')}</option>
            <option value="en">English</option>
            <option value="id">Bahasa Indonesia</option>
          </select>
        </label>
      </section>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('optionsSummary')}</h2>
        <label>
          {t('settingSummarySentences')}{' '}
          <select
            value={String(settings.summarySentences)}
            onChange={(e) => set('summarySentences', Number(e.currentTarget.value))}
          >
            {[1, 2, 3, 4, 5, 6, 7].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.abstractiveSummary}
            onChange={(e) => set('abstractiveSummary', e.currentTarget.checked)}
          />
          {t('settingAbstractive')}
        </label>
        <p class="hint">{t('settingAbstractiveHint')}</p>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.followPages}
            onChange={(e) => set('followPages', e.currentTarget.checked)}
          />
          {t('settingFollowPages')}
        </label>
        <p class="hint">{t('settingFollowPagesHint')}</p>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.keepImages}
            onChange={(e) => set('keepImages', e.currentTarget.checked)}
          />
          {t('settingKeepImages')}
        </label>
        <p class="hint">{t('settingKeepImagesHint')}</p>
        {settings.keepImages && imageAccess === false && actions.allowImages && (
          <button type="button" onClick={actions.allowImages}>
            {t('settingKeepImagesAllow')}
          </button>
        )}
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        <p class="hint">{t('optionsSitesHint')}</p>
        {settings.autoSites.length === 0 ? (
          <p>{t('optionsSitesEmpty')}</p>
        ) : (
          <ul class="sites" aria-label={t('optionsSites')}>
            {settings.autoSites.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>
                <button
                  type="button"
                  class="button"
                  onClick={() => void actions.removeSite(origin)}
                  aria-label={t('optionsSiteRemoveLabel', [origin])}
                >
                  {t('optionsSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="site-form" onSubmit={(e) => void addSite(e)}>
          <label>
            {t('optionsSiteAddLabel')}{' '}
            <input
              type="text"
              inputMode="url"
              value={siteInput}
              placeholder="https://news.example.com"
              onInput={(e) => setSiteInput(e.currentTarget.value)}
              aria-invalid={siteError ? 'true' : 'false'}
              aria-describedby={siteError ? 'site-error' : undefined}
            />
          </label>{' '}
          <button type="submit" class="button button-primary">
            {t('optionsSiteAdd')}
          </button>
          {siteError && (
            <p id="site-error" role="alert" class="error">
              {siteError}
            </p>
          )}
        </form>
      </section>
    </main>
  );
}
