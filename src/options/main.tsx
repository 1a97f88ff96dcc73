// Options glue: settings from storage.sync; adding a site asks the browser for that origin.
import { render } from 'preact';
import browser from '../platform/browser';
import {
  loadSettings,
  saveSettings,
  onSettingsChanged,
  applySettings,
} from '../platform/settings-store';
import { parseSiteInput, originPattern } from '../contracts/sites';
import { translator, uiLanguage } from '../contracts/locales';
import type { Settings } from '../contracts/settings';
import { OptionsApp, type OptionsActions } from './options-app';
import { askImageAccess, IMAGE_ORIGINS } from '../platform/keep-images';
import './options.css';

const root = document.getElementById('app');
let current: Settings = await loadSettings();
let imageAccess: boolean | null = null;
const checkImageAccess = () =>
  void browser.permissions
    .contains({ origins: IMAGE_ORIGINS })
    .catch(() => false)
    .then((granted) => {
      imageAccess = granted;
      draw();
    });

const actions: OptionsActions = {
  change(next) {
    current = next;
    draw();
    void saveSettings(next);
  },
  async addSite(input) {
    const parsed = parseSiteInput(input);
    const t = translator(uiLanguage(current.uiLanguage, navigator));
    if (!parsed.ok) return { ok: false, error: t(parsed.error) };
    // Asked while the click is still a user gesture: the browser shows its own prompt.
    const granted = await browser.permissions.request({ origins: [parsed.pattern] });
    if (!granted) return { ok: false, error: t('siteErrorDenied') };
    if (!current.autoSites.includes(parsed.origin)) {
      current = { ...current, autoSites: [...current.autoSites, parsed.origin] };
      await saveSettings(current);
      draw();
    }
    return { ok: true };
  },
  allowImages() {
    // In the click itself: the browser accepts a permission request only there.
    void askImageAccess(browser).then(checkImageAccess);
  },
  async removeSite(origin) {
    current = { ...current, autoSites: current.autoSites.filter((site) => site !== origin) };
    await saveSettings(current);
    draw();
    const stillNeeded = current.autoSites.some(
      (site) => originPattern(site) === originPattern(origin),
    );
    if (!stillNeeded)
      await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  },
};

function draw() {
  const lang = uiLanguage(current.uiLanguage, navigator);
  document.documentElement.lang = lang;
  applySettings(current, document.documentElement);
  document.title = translator(lang)('optionsTitle');
  if (root)
    render(
      <OptionsApp
        settings={current}
        actions={actions}
        t={translator(lang)}
        imageAccess={imageAccess}
      />,
      root,
    );
}

onSettingsChanged((next) => {
  current = next;
  draw();
});
draw();
checkImageAccess();
