// The library list: search, filters, sort, selection, export and import. Data and actions come
// in as props (main.tsx wires the store), so the page runs on plain data in tests.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_QUERY, facetsOf, selectRows, type LibraryQuery } from '../core/collection/query';
import type { LibraryRow } from '../core/collection/library-row';
import { plural, type Translate } from '../contracts/i18n';
import { RecordBoundary } from '../ui/record-boundary';
import { LibraryFilters } from './library-filters';
import { LibraryItem } from './library-item';
import { LibraryStatus, type PageStatus } from './library-status';
import { SelectionTools, TransferTools, type ExportFormat } from './library-tools';

export { EXPORT_FORMATS, type ExportFormat } from './library-tools';
export type { PageStatus } from './library-status';

export const PAGE_SIZE = 50;

export interface LibraryPageProps {
  t: Translate;
  locale: string;
  rows: LibraryRow[];
  /** False while only the first rows are loaded. */
  complete: boolean;
  searchReady: boolean;
  /** How far the search index is being built or brought up to date (null: it is not). */
  indexing?: { done: number; total: number } | null;
  /** Ids matching the query, best first (answered by the search worker). */
  search: (query: string) => Promise<string[]>;
  status: PageStatus | null;
  busy: boolean;
  onUndo: () => void;
  onDismiss: () => void;
  onSetRead: (ids: string[], read: boolean) => void;
  onDelete: (ids: string[]) => void;
  onAddTag: (ids: string[], tag: string) => void;
  onExport: (format: ExportFormat, ids: string[] | null) => void;
  onImport: (file: File) => void;
}

export function LibraryPage(props: LibraryPageProps) {
  const { t, locale, rows, complete, searchReady, search, status, busy } = props;
  const [text, setText] = useState('');
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const trimmed = text.trim();
  // The last answer stays shown until the next one arrives (typing does not flash the list).
  const [answer, setAnswer] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    if (!trimmed || !searchReady) {
      setAnswer(undefined);
      return;
    }
    let live = true;
    void search(trimmed).then((ids) => {
      if (live) setAnswer(ids);
    });
    return () => {
      live = false;
    };
  }, [trimmed, searchReady, search, rows]);
  const ranked = trimmed && searchReady ? answer : undefined;
  const visible = useMemo(() => selectRows(rows, query, ranked), [rows, query, ranked]);
  const facets = useMemo(() => facetsOf(rows), [rows]);
  const selectedIds = [...selected].filter((id) => rows.some((r) => r.id === id));
  const page = visible.slice(0, shown);

  const change = (patch: Partial<LibraryQuery>) => {
    setQuery({ ...query, ...patch });
    setShown(PAGE_SIZE);
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const selectShown = (on: boolean) => {
    const next = new Set(selected);
    for (const r of page) {
      if (on) next.add(r.id);
      else next.delete(r.id);
    }
    setSelected(next);
  };
  const allShownSelected = page.length > 0 && page.every((r) => selected.has(r.id));

  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('library_title')}</h1>
        <p class="count" aria-live="off">
          {plural(t, locale, 'library_count', rows.length)}
        </p>
      </header>

      <LibraryFilters
        t={t}
        locale={locale}
        text={text}
        onText={(value) => {
          setText(value);
          setShown(PAGE_SIZE);
        }}
        searchReady={searchReady}
        indexing={props.indexing ?? null}
        query={query}
        onChange={change}
        facets={facets}
        ranked={Boolean(ranked)}
      />

      <section class="tools" aria-label={t('library_toolsLabel')}>
        <SelectionTools
          t={t}
          busy={busy}
          selectedIds={selectedIds}
          allShownSelected={allShownSelected}
          onSelectShown={selectShown}
          onSetRead={props.onSetRead}
          onDelete={(ids) => {
            props.onDelete(ids);
            setSelected(new Set());
          }}
          onAddTag={props.onAddTag}
        />
        <TransferTools
          t={t}
          busy={busy}
          hasRows={rows.length > 0}
          selectedIds={selectedIds}
          onExport={props.onExport}
          onImport={props.onImport}
        />
      </section>

      <LibraryStatus
        t={t}
        locale={locale}
        status={status}
        onUndo={props.onUndo}
        onDismiss={props.onDismiss}
      />

      {rows.length === 0 && complete ? (
        <p class="empty">{t('library_empty')}</p>
      ) : (
        <>
          <p class="result-count">{t('library_shownCount', [page.length, visible.length])}</p>
          <ul class="items" aria-label={t('library_listLabel')}>
            {page.map((row) => (
              <RecordBoundary
                key={row.id}
                fallback={
                  <li class="item broken">
                    <p role="note">{t('library_recordBroken')}</p>
                    <button type="button" class="danger" onClick={() => props.onDelete([row.id])}>
                      {t('library_delete')}
                    </button>
                  </li>
                }
              >
                <LibraryItem
                  t={t}
                  locale={locale}
                  busy={busy}
                  row={row}
                  selected={selected.has(row.id)}
                  onSelect={toggle}
                  onSetRead={props.onSetRead}
                  onDelete={props.onDelete}
                />
              </RecordBoundary>
            ))}
          </ul>
          {visible.length > shown && (
            <button type="button" class="more" onClick={() => setShown(shown + PAGE_SIZE)}>
              {t('library_showMore')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
