// Library page boot: applies the settings, picks the UI language and renders the controller
// over the store. Browser APIs live in this folder's glue only.
import { render } from 'preact';
import { LibraryStore } from '../storage/library-store';
import { translator, uiLanguage } from '../contracts/locales';
import { applySettings, loadSettings } from '../platform/settings-store';
import { LibraryRoot } from './library-root';
import browser from '../platform/browser';
import { askImageAccess, IMAGE_ORIGINS } from '../platform/keep-images';
import type { ImagesConnector } from './kept-images';
import './library.css';

const settings = await loadSettings().catch(() => null);
if (settings) applySettings(settings, document.documentElement);
const lang = uiLanguage(settings?.uiLanguage, navigator);
const t = translator(lang);
document.documentElement.lang = lang;
document.title = t('library_title');
const root = document.getElementById('app');
const images: ImagesConnector = {
  enabled: settings?.keepImages ?? true,
  hasAccess: () => browser.permissions.contains({ origins: IMAGE_ORIGINS }),
  ask: () => askImageAccess(browser),
  keep: (id) => browser.runtime.sendMessage({ type: 'library:keepImages', payload: { id } }),
};
if (root)
  render(<LibraryRoot store={new LibraryStore()} t={t} locale={lang} images={images} />, root);
