// The in-page reader. Injected by the popup ("Read in page"), the keyboard shortcut and the
// context menu, and registered for the sites the reader chose. Running it again toggles the
// view. It renders into a closed shadow root of a plain <div> in the top layer (reader-host.ts:
// what the page cannot do to it, and what it still can), so the page's CSS cannot reach it and the
// page's scripts (another JavaScript world) cannot touch it; closing removes it and puts back the
// one style it changed, so the page underneath is as it was.
import { h, render } from 'preact';
import browser from '../platform/native-browser';
import { emptyDigest } from '../core/empty-digest';
import type { Article, Digest } from '../core/types';
import type { PagesState } from '../ui/pages-status';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../contracts/settings';
import { pickUiLanguage, type Translate } from '../contracts/i18n';
import { wordsFor, wordsNow } from './reader-words';
import { digestOf, readHere, readMorePages } from './reader-messages';
import { readerNotes } from './reader-notes';
import type { HighlightEditOp } from '../core/collection/highlight-edit';
import type { Notice } from '../ui/notice';
import { ReaderApp } from '../reader/reader-app';
import css from '../reader/reader.css?inline';
import { sanitizeHtml } from '../core/sanitize';
import { createReaderHost } from './reader-host';
import theme from '../ui/theme.css?inline';
import tools from '../ui/reading-tools.css?inline';
import { LEGIBLE_FACES, LEGIBLE_FAMILY } from '../ui/legible-font';

// Symbols from the registry, not strings: a page's <a id="__ringkasReader"> shows up as a
// string-named property of the window, in the content script's world too (DOM clobbering),
// and would be taken for the open reader.
const STATE_KEY = Symbol.for('ringkas.reader');
const AUTO_KEY = Symbol.for('ringkas.auto');

interface ReaderState {
  close: () => void;
}

function adoptSheets(shadow: ShadowRoot, texts: string[]): boolean {
  try {
    shadow.adoptedStyleSheets = texts.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * The legible font, from the extension's files (web_accessible_resources: the font files only).
 * Faces added to the page's font set are usable in the reader's shadow root, where an @font-face
 * rule is not; a page whose CSP refuses them gets the font stack's next fonts (issue 15, item 5).
 */
function addLegibleFont(): FontFace[] {
  try {
    return LEGIBLE_FACES.map(({ file, weight, style }) => {
      const url = browser.runtime.getURL(`fonts/${file}`);
      const face = new FontFace(LEGIBLE_FAMILY, `url("${url}") format("woff2")`, {
        weight,
        style,
        display: 'swap',
      });
      document.fonts.add(face);
      return face;
    });
  } catch {
    return [];
  }
}

/** What printing needs of the page: the page itself left out, only the reader printed. */
const PRINT_PAGE = '@media print { body { display: none !important; } }';

function addPageSheet(text: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => undefined;
  }
}

const languageOf = (settings: Settings) => pickUiLanguage(settings.uiLanguage, navigator.language);

async function open(auto: boolean): Promise<'opened' | 'not-article'> {
  const here = location.href;
  const settingsReady = loadSettings().catch(() => DEFAULT_SETTINGS);
  const [loaded, first, words] = await Promise.all([
    settingsReady,
    readHere(here),
    settingsReady.then((chosen) => wordsFor(languageOf(chosen))),
  ]);
  let settings = loaded;
  let t: Translate = words;
  let reading = first;
  let digest: Digest | null = null;
  let closed = false;
  let pages: PagesState | null = null;
  let digestReady: Promise<Digest> = Promise.resolve(emptyDigest());
  /** The digest of the article shown, drawn when it comes unless another article came since. */
  const showDigest = (article: Article): Promise<Digest> => {
    const ready = digestOf(article, settings);
    void ready.then((answer) => {
      if (ready !== digestReady) return;
      digest = answer;
      if (!closed) draw();
    });
    return ready;
  };
  // Sites chosen for reading mode open only their articles; home pages stay as they are.
  if (auto && !reading.ok) return 'not-article';

  const guard = createReaderHost();
  const { shadow } = guard;
  // Constructed sheets are not subject to the page's CSP; where a browser refuses to adopt
  // them from a content script's world, a style element carries the same rules.
  if (!adoptSheets(shadow, [theme, tools, css])) {
    const style = document.createElement('style');
    style.textContent = `${theme}\n${tools}\n${css}`;
    shadow.append(style);
  }
  const root = document.createElement('div');
  root.className = 'ringkas-root';
  shadow.append(root);

  const html = document.documentElement;
  const previousOverflow = html.style.getPropertyValue('overflow');
  const previousPriority = html.style.getPropertyPriority('overflow');
  const previousFocus =
    document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const hidePage = () => html.style.setProperty('overflow', 'hidden', 'important');
  const restorePage = () => {
    if (previousOverflow) html.style.setProperty('overflow', previousOverflow, previousPriority);
    else html.style.removeProperty('overflow');
    if (!html.getAttribute('style')) html.removeAttribute('style');
  };
  hidePage();
  const removePrintSheet = addPageSheet(PRINT_PAGE);
  let fonts: FontFace[] = [];
  guard.attach();
  // Printed pages flow past the first: the page's overflow is as it was while printing.
  window.addEventListener('beforeprint', restorePage);
  window.addEventListener('afterprint', hidePage);

  // Only a person's Escape closes it: a page can dispatch a synthetic one. Keys inside the
  // reader are its own (reader-app.tsx); this one is for a focus still on the page.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.isTrusted && !event.composedPath().includes(guard.host)) {
      event.stopPropagation();
      close();
    }
  };
  const stopWatching = onSettingsChanged((next) => {
    settings = next;
    draw();
  });

  function close() {
    closed = true;
    stopWatching();
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('beforeprint', restorePage);
    window.removeEventListener('afterprint', hidePage);
    render(null, root);
    guard.detach();
    removePrintSheet();
    for (const face of fonts) document.fonts.delete(face);
    restorePage();
    previousFocus?.focus({ preventScroll: true });
    delete (globalThis as Record<symbol, unknown>)[STATE_KEY];
  }

  // Save stores the article the reader shows (read once, when it opened), never a fresh read of
  // a page that may have swapped its content since (issue 13, item 4).
  async function save(): Promise<Notice> {
    const refusal = guard.refusal();
    // The article shown and its own digest, taken together (the joined pages may come meanwhile).
    const shown = reading;
    const shownDigest = digestReady;
    if (refusal || !shown.ok) return { key: 'noticeTampered', error: true };
    const article = { ...shown.article, html: sanitizeHtml(shown.article.html, window) };
    const answer = (await browser.runtime.sendMessage({
      type: 'tab:save',
      payload: { article, digest: await shownDigest },
    })) as
      { ok: true; status: 'added' | 'updated' } | { ok: false; reason?: string; error?: string };
    if (answer?.ok) return { key: answer.status === 'added' ? 'noticeSaved' : 'noticeUpdated' };
    return {
      key: answer?.reason === 'quota' ? 'noticeQuota' : 'noticeSaveFailed',
      values: [answer?.error ?? ''],
      error: true,
    };
  }

  // The highlights of the saved article: a first one saves an article not saved yet.
  const notes = readerNotes(
    () => (reading.ok ? reading.article : null),
    save,
    () => !closed && draw(),
  );

  function draw() {
    const lang = languageOf(settings);
    // Another UI language chosen meanwhile: its words are asked for, the current ones stay.
    const now = wordsNow(lang);
    if (now) t = now;
    else void wordsFor(lang).then(() => !closed && draw());
    root.dataset.theme = settings.theme;
    root.dataset.font = settings.font;
    root.dataset.printFacts = String(settings.printFacts);
    root.style.setProperty('--text-size', `${settings.textSize}px`);
    root.style.setProperty('--measure', `${settings.lineWidth}ch`);
    root.style.setProperty('--line-height', String(settings.lineHeight));
    root.lang = lang;
    if (settings.font === 'legible' && !fonts.length) fonts = addLegibleFont();
    render(
      h(ReaderApp, {
        reading,
        digest,
        settings,
        pages,
        highlights: notes.highlights(),
        t,
        locale: lang,
        actions: {
          close,
          save: async () => {
            const notice = await save();
            if (!notice.error) notes.saved();
            return notice;
          },
          // A page that tampered with the reader gets no edit (as no Save): nothing changes.
          editHighlight: (edit: HighlightEditOp) =>
            guard.refusal()
              ? Promise.resolve<Notice>({ key: 'noticeTampered', error: true })
              : notes.edit(edit),
          print: () => print(),
          changeSettings: (next: Settings) => {
            settings = next;
            draw();
            void saveSettings(next);
          },
        },
      }),
      root,
    );
  }

  window.addEventListener('keydown', onKey, true);
  if (reading.ok) {
    digestReady = showDigest(reading.article);
    void notes.load();
  } else digest = emptyDigest();
  if (reading.ok && settings.followPages) {
    // Page one at once; then the article joined with each further page as it comes, in reading
    // order, each with its own digest, until the whole. Whether there are further pages is found
    // in the background (detection needs the language packs, not loaded here), so nothing is
    // announced until it answers.
    const follow = (seen: number): Promise<void> =>
      readMorePages(here, seen).then((more) => {
        // Closed: no more steps (a reader opened again has pages of its own).
        if (closed) return;
        const joined = more.reading;
        if (joined?.ok && (!reading.ok || joined.article.text !== reading.article.text)) {
          reading = joined;
          digest = null;
          digestReady = showDigest(joined.article);
        }
        pages = more.pages?.status === 'done' && more.pages.total < 2 ? null : more.pages;
        draw();
        if (!more.last) return follow(seen + 1);
      });
    follow(0).catch(() => {
      pages = null;
      draw();
    });
  }
  draw();
  (globalThis as Record<symbol, unknown>)[STATE_KEY] = { close } satisfies ReaderState;
  return 'opened';
}

async function toggle(): Promise<string> {
  const scope = globalThis as Record<symbol, unknown>;
  const auto = scope[AUTO_KEY] === true;
  delete scope[AUTO_KEY];
  const state = scope[STATE_KEY] as ReaderState | undefined;
  if (state) {
    if (auto) return 'open';
    state.close();
    return 'closed';
  }
  return open(auto);
}

export const result = toggle().catch((error: unknown) => `error: ${String(error)}`);
