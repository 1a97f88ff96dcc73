// Library page glue: opens the store, loads the rows (the newest first, then all), opens the
// search index, and hands the screens data and actions. Browser APIs live here only.
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { libraryEpub, markdownZip } from '../core/collection/archives';
import { libraryToHtml, type ExportLabels } from '../core/collection/html-export';
import { exportLibraryJson } from '../core/collection/library-json';
import type { LibraryRow } from '../core/collection/library-row';
import type { SavedArticle } from '../core/schema/saved-article';
import { sanitizeHtml } from '../core/sanitize';
import type { Translate } from '../shared/i18n';
import { openSearch, saveSearch, syncSearch, type OpenedSearch } from '../shared/library-search';
import { CHANGE_CHANNEL, LibraryStore, type StoreFailure } from '../shared/library-store';
import { translator, uiLanguage } from '../shared/locales';
import { applySettings, loadSettings } from '../shared/settings-store';
import { SavedArticleView } from './saved-article-view';
import { LibraryPage, PAGE_SIZE, type ExportFormat, type PageStatus } from './library-page';
import './library.css';

const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
/** The index snapshot is written when the page is idle, a little after the last change. */
const SNAPSHOT_DELAY_MS = 3000;

function openedId(): string | null {
  const match = /^#article=(.+)$/.exec(location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function exportLabels(t: Translate): ExportLabels {
  return {
    library: t('library_title'),
    contents: t('library_exportContents'),
    summary: t('library_factsSummary'),
    people: t('library_factsPeople'),
    places: t('library_factsPlaces'),
    organizations: t('library_factsOrganizations'),
    dates: t('library_factsDates'),
    numbers: t('library_factsNumbers'),
    quotes: t('library_factsQuotes'),
    source: t('library_exportSource'),
    published: t('library_exportPublished'),
    saved: t('library_exportSaved'),
    tags: t('library_tags'),
  };
}

function download(data: string | Uint8Array, type: string, name: string): void {
  // fflate returns bytes over a plain ArrayBuffer.
  const part = typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function failureText(t: Translate, failure: StoreFailure): string {
  if (failure.reason === 'invalid') return t('library_importInvalid', [failure.message]);
  return t(`library_error_${failure.reason}`);
}

function Root({ store, t, locale }: { store: LibraryStore; t: Translate; locale: string }) {
  const [rows, setRows] = useState<LibraryRow[]>([]);
  const [complete, setComplete] = useState(false);
  const [searchReady, setSearchReady] = useState(false);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [openId, setOpenId] = useState<string | null>(openedId());
  const [record, setRecord] = useState<SavedArticle | null>(null);
  const search = useRef<OpenedSearch | null>(null);
  const deleted = useRef<SavedArticle[]>([]);
  const snapshotTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const scheduleSnapshot = useCallback(() => {
    clearTimeout(snapshotTimer.current);
    snapshotTimer.current = setTimeout(() => {
      const opened = search.current;
      if (!opened?.changed) return;
      const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 0));
      idle(() => void saveSearch(store, opened));
    }, SNAPSHOT_DELAY_MS);
  }, [store]);

  const reload = useCallback(async () => {
    const all = await store.allRows();
    setRows(all);
    setComplete(true);
    if (search.current) {
      await syncSearch(store, search.current, all);
      if (search.current.changed) scheduleSnapshot();
    }
    return all;
  }, [store, scheduleSnapshot]);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const first = await store.firstRows(PAGE_SIZE);
        if (live) setRows(first);
        const all = await reload();
        if (!live) return;
        search.current = await openSearch(store, all);
        setSearchReady(true);
        if (search.current.changed) scheduleSnapshot();
        void store.askPersistence();
      } catch {
        setStatus({ kind: 'error', text: t('library_error_unavailable') });
        setComplete(true);
      }
    })();
    const channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGE_CHANNEL);
    if (channel) channel.onmessage = () => void reload();
    const onHash = () => setOpenId(openedId());
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      channel?.close();
      window.removeEventListener('hashchange', onHash);
    };
  }, [store, reload, scheduleSnapshot, t]);

  useEffect(() => {
    if (!openId) {
      setRecord(null);
      return;
    }
    void store.get(openId).then((found) => setRecord(found ?? null));
  }, [openId, store, rows]);

  const run = async (work: () => Promise<StoreFailure | PageStatus | null | void>) => {
    setBusy(true);
    try {
      const outcome = await work();
      if (outcome && 'ok' in outcome) setStatus({ kind: 'error', text: failureText(t, outcome) });
      else if (outcome) setStatus(outcome);
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const actions = {
    onSetRead: (ids: string[], read: boolean) =>
      void run(async () => {
        const r = await store.setRead(ids, read);
        return r.ok ? null : r;
      }),
    onAddTag: (ids: string[], tag: string) =>
      void run(async () => {
        const r = await store.addTag(ids, tag);
        return r.ok ? null : r;
      }),
    onDelete: (ids: string[]) =>
      void run(async () => {
        const r = await store.remove(ids);
        if (!r.ok) return r;
        deleted.current = r.value;
        if (openId && ids.includes(openId)) location.hash = '';
        return { kind: 'deleted', count: r.value.length };
      }),
    onUndo: () =>
      void run(async () => {
        const r = await store.restore(deleted.current);
        deleted.current = [];
        return r.ok ? { kind: 'info', text: t('library_restored') } : r;
      }),
    onDismiss: () => setStatus(null),
    onExport: (format: ExportFormat, ids: string[] | null) =>
      void run(async () => {
        const records = await store.exportRecords(ids ?? undefined);
        const now = new Date();
        const stamp = now.toISOString().slice(0, 10);
        const labels = exportLabels(t);
        if (format === 'json')
          download(
            exportLibraryJson(records, now),
            'application/json',
            `ringkas-library-${stamp}.json`,
          );
        else if (format === 'markdown')
          download(
            markdownZip(records, window, now),
            'application/zip',
            `ringkas-markdown-${stamp}.zip`,
          );
        else if (format === 'html')
          download(
            libraryToHtml(records, window, { labels, lang: locale, now }),
            'text/html',
            `ringkas-library-${stamp}.html`,
          );
        else
          download(
            libraryEpub(records, window, {
              labels,
              lang: locale,
              now,
              id: `urn:uuid:${crypto.randomUUID()}`,
            }),
            'application/epub+zip',
            `ringkas-library-${stamp}.epub`,
          );
        return { kind: 'info', text: t('library_exported', [records.length]) };
      }),
    onImport: (file: File) =>
      void run(async () => {
        if (file.size > MAX_IMPORT_BYTES)
          return { kind: 'error', text: t('library_importTooLarge') };
        const text = await file.text();
        const result = await store.importJson(text, {
          sanitize: (html) => sanitizeHtml(html, window),
        });
        if (!result.ok) return result;
        const { added, updated, unchanged, rejected } = result.report;
        return {
          kind: 'info',
          text: t('library_importDone', [added, updated, unchanged, rejected.length]),
          details: rejected.map((r) => t('library_rejectedItem', [r.index + 1, r.reason])),
        };
      }),
  };

  const runSearch = useCallback(
    (query: string) => search.current?.search.search(query).map((h) => h.id) ?? [],
    [],
  );

  if (openId && record) {
    return (
      <>
        <SavedArticleView
          record={record}
          t={t}
          locale={locale}
          onBack={() => (location.hash = '')}
          onSetRead={(read) => actions.onSetRead([record.id], read)}
          onSetTags={(tags) =>
            void run(async () => {
              const r = await store.setTags(record.id, tags);
              return r.ok ? null : r;
            })
          }
          onDelete={() => actions.onDelete([record.id])}
        />
        <div class="status" role="status" aria-live="polite">
          {status?.kind === 'error' && <p>{status.text}</p>}
        </div>
      </>
    );
  }
  return (
    <LibraryPage
      t={t}
      locale={locale}
      rows={rows}
      complete={complete}
      searchReady={searchReady}
      search={runSearch}
      status={status}
      busy={busy}
      {...actions}
    />
  );
}

const settings = await loadSettings().catch(() => null);
if (settings) applySettings(settings, document.documentElement);
const lang = uiLanguage(settings?.uiLanguage);
const t = translator(lang);
document.documentElement.lang = lang;
document.title = t('library_title');
const root = document.getElementById('app');
if (root) render(<Root store={new LibraryStore()} t={t} locale={lang} />, root);
