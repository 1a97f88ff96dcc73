// The library's controller: loads the rows (the newest first, then all), opens the search
// index, follows changes from other pages, and hands the screens data and actions.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryRow } from '../core/collection/library-row';
import type { SavedArticle } from '../core/schema/saved-article';
import { sanitizeHtml } from '../core/sanitize';
import { plural, type Translate } from '../contracts/i18n';
import { CHANGE_CHANNEL, LibraryStore, type StoreFailure } from '../storage/library-store';
import { SavedArticleView } from './saved-article-view';
import { LibraryPage, PAGE_SIZE, type ExportFormat, type PageStatus } from './library-page';
import { downloadExport } from './downloads';
import { articleAddress } from './address';
import { importFile, type ImportPhase } from './import-file';
import { keptAddresses, type ImagesConnector } from './kept-images';
import { SearchClient, startSearchWorker, type SearchWorkerLike } from './search-client';

const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const IMPORT_PHASES = {
  checking: 'library_importChecking',
  cleaning: 'library_importCleaning',
  writing: 'library_importWriting',
} as const satisfies Record<ImportPhase, string>;

function openedId(): string | null {
  const address = articleAddress(location.hash);
  return address.kind === 'article' ? address.id : null;
}

const badAddress = (): boolean => articleAddress(location.hash).kind === 'bad';

function failureText(t: Translate, failure: StoreFailure): string {
  if (failure.reason === 'invalid') return t('library_importInvalid', [failure.message]);
  return t(`library_error_${failure.reason}`);
}

/** Whether the reading view of `shown` would show `found` the same (the position aside). */
function sameView(shown: SavedArticle, found: SavedArticle): boolean {
  return (
    shown.id === found.id &&
    shown.updatedAt === found.updatedAt &&
    shown.read === found.read &&
    shown.tags.join('\n') === found.tags.join('\n') &&
    JSON.stringify(shown.highlights ?? []) === JSON.stringify(found.highlights ?? [])
  );
}

export function LibraryRoot({
  store,
  t,
  locale,
  images,
  createSearchWorker = startSearchWorker,
}: {
  store: LibraryStore;
  /** The search index's worker (search-job.ts). */
  createSearchWorker?: () => SearchWorkerLike;
  t: Translate;
  locale: string;
  /** Keeping images (issue 16); without it the reading view shows what is kept and no notice. */
  images?: ImagesConnector;
}) {
  const [rows, setRows] = useState<LibraryRow[]>([]);
  const [complete, setComplete] = useState(false);
  const [searchReady, setSearchReady] = useState(false);
  const [indexing, setIndexing] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(() =>
    badAddress() ? { kind: 'error', text: t('library_badAddress') } : null,
  );
  const [busy, setBusy] = useState(false);
  const [openId, setOpenId] = useState<string | null>(openedId());
  const [record, setRecord] = useState<SavedArticle | null>(null);
  const [addresses, setAddresses] = useState<ReadonlyMap<string, string>>(() => new Map());
  const keptKey = useRef('');
  const [imageAccess, setImageAccess] = useState<boolean | null>(null);
  const [keeping, setKeeping] = useState(false);
  // This tab's index, in a worker: it applies this tab's changes and the ones other tabs
  // announce one at a time, in order (search-job.ts).
  const search = useMemo(
    () =>
      new SearchClient(createSearchWorker(), (done, total) =>
        setIndexing(done < total ? { done, total } : null),
      ),
    [createSearchWorker],
  );
  useEffect(() => () => search.close(), [search]);
  const deleted = useRef<SavedArticle[]>([]);

  const reload = useCallback(async () => {
    const all = await store.allRows();
    setRows(all);
    setComplete(true);
    // The worker reads the store itself and brings its index up to date, in order.
    void search.refresh();
    return all;
  }, [store, search]);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        // Opened first in the worker's queue: every change heard from now on comes after it.
        const opening = search.refresh();
        const first = await store.firstRows(PAGE_SIZE);
        if (live) setRows(first);
        await reload();
        const ready = await opening;
        if (!live) return;
        setSearchReady(ready);
        if (!ready) setStatus({ kind: 'error', text: t('library_error_unavailable') });
        void store.askPersistence();
      } catch {
        setStatus({ kind: 'error', text: t('library_error_unavailable') });
        setComplete(true);
      }
    })();
    const channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGE_CHANNEL);
    if (channel) channel.onmessage = () => void reload();
    const onHash = () => {
      setOpenId(openedId());
      if (badAddress()) setStatus({ kind: 'error', text: t('library_badAddress') });
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      channel?.close();
      window.removeEventListener('hashchange', onHash);
    };
  }, [store, search, reload, t]);

  useEffect(() => {
    if (!openId) {
      setRecord(null);
      return;
    }
    // The record and its kept images arrive together: the body is never shown with links to
    // images it keeps, which the browser would fetch.
    let live = true;
    void Promise.all([store.get(openId), store.imagesOf(openId).catch(() => [])]).then(
      ([found, kept]) => {
        if (!live) return;
        // Unchanged, the same objects: the reading view keeps its body, its marks and the
        // reader's selection (a reload follows every change of any article, images kept too).
        const key = [openId, ...kept.map((image) => `${image.url} ${image.bytes.byteLength}`)].join(
          '\n',
        );
        if (key !== keptKey.current) setAddresses(keptAddresses(kept));
        keptKey.current = key;
        setRecord((shown) => (shown && found && sameView(shown, found) ? shown : (found ?? null)));
      },
    );
    return () => {
      live = false;
    };
  }, [openId, store, rows]);
  useEffect(() => {
    if (!images?.enabled || !openId) return;
    void images.hasAccess().then(setImageAccess, () => setImageAccess(false));
  }, [images, openId]);

  const keepImages = (ask: boolean) => {
    if (!images || !record) return;
    const id = record.id;
    // The permission request first, inside the click (browsers refuse one made later).
    const allowed = ask ? images.ask() : Promise.resolve(true);
    setKeeping(true);
    void allowed
      .then(async (granted) => {
        setImageAccess(granted || (await images.hasAccess()));
        if (granted) await images.keep(id);
      })
      .catch(() => undefined)
      .finally(() => setKeeping(false));
  };

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
        const images = format === 'markdown' ? [] : await store.exportImages(ids ?? undefined);
        downloadExport(format, records, t, locale, images);
        return { kind: 'info', text: plural(t, locale, 'library_exported', records.length) };
      }),
    onImport: (file: File) =>
      void run(async () => {
        if (file.size > MAX_IMPORT_BYTES)
          return { kind: 'error', text: t('library_importTooLarge') };
        // Checked in a worker: the page keeps responding and says how far it is.
        const result = await importFile(file, {
          sanitize: (html) => sanitizeHtml(html, window),
          onProgress: (phase, done, total) =>
            setStatus({ kind: 'info', text: t(IMPORT_PHASES[phase], [done, total]) }),
        });
        if (!result.ok) return result;
        const { added, updated, unchanged, rejected, images: kept } = result.report;
        return {
          kind: 'info',
          text: t('library_importDone', [added, updated, unchanged, rejected.length]),
          details: [
            ...(kept ? [t('library_importImages', [kept])] : []),
            ...rejected.map((r) => t('library_rejectedItem', [r.index + 1, r.reason])),
          ],
        };
      }),
  };

  const runSearch = useCallback((query: string) => search.search(query), [search]);

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
          images={addresses}
          imageAccess={images?.enabled ? imageAccess : null}
          keepingImages={keeping}
          {...(images?.enabled ? { onKeepImages: keepImages } : {})}
          onEditHighlights={(edit) =>
            void run(async () => {
              const r = await store.editHighlights(record.id, edit);
              return r.ok ? null : r;
            })
          }
          onSetPosition={(fraction) =>
            void store.setPosition(record.id, fraction).then((r) => {
              // The list's row follows without reloading every row (no other page is told).
              if (r.ok)
                setRows((all) =>
                  all.map((row) => (row.id === record.id ? { ...row, progress: fraction } : row)),
                );
            })
          }
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
      indexing={indexing}
      search={runSearch}
      status={status}
      busy={busy}
      {...actions}
    />
  );
}
