// The library list: search, filters, sort, selection, export and import. Data and actions come
// in as props (main.tsx wires the store), so the page runs on plain data in tests.
import { useMemo, useState } from 'preact/hooks';
import {
  DEFAULT_QUERY,
  facetsOf,
  selectRows,
  siteOf,
  type LibraryQuery,
  type ReadFilter,
  type SortKey,
} from '../core/collection/query';
import type { LibraryRow } from '../core/collection/library-row';
import { isFactKind } from '../core/facts/fact-kinds';
import type { Translate } from '../shared/i18n';
import { formatDay, languageName } from '../ui/format';

export const PAGE_SIZE = 50;

export type ExportFormat = 'json' | 'markdown' | 'html' | 'epub';
export const EXPORT_FORMATS: ExportFormat[] = ['json', 'markdown', 'html', 'epub'];

export type PageStatus =
  { kind: 'deleted'; count: number } | { kind: 'info' | 'error'; text: string; details?: string[] };

export interface LibraryPageProps {
  t: Translate;
  locale: string;
  rows: LibraryRow[];
  /** False while only the first rows are loaded. */
  complete: boolean;
  searchReady: boolean;
  /** Ids matching the query, best first. */
  search: (query: string) => string[];
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
  const [format, setFormat] = useState<ExportFormat>('json');
  const [bulkTag, setBulkTag] = useState('');

  const trimmed = text.trim();
  const ranked = useMemo(
    () => (trimmed && searchReady ? search(trimmed) : undefined),
    [trimmed, searchReady, search, rows],
  );
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
  const allShownSelected = page.length > 0 && page.every((r) => selected.has(r.id));
  const orNull = (value: string) => (value === '' ? null : value);

  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('library_title')}</h1>
        <p class="count" aria-live="off">
          {t('library_count', [rows.length])}
        </p>
      </header>

      <form role="search" class="controls" onSubmit={(e) => e.preventDefault()}>
        <div class="field search-field">
          <label for="library-search">{t('library_searchLabel')}</label>
          <input
            id="library-search"
            type="search"
            value={text}
            placeholder={t('library_searchPlaceholder')}
            aria-describedby={searchReady ? undefined : 'search-wait'}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setShown(PAGE_SIZE);
            }}
          />
          {!searchReady && (
            <span id="search-wait" class="hint">
              {t('library_searchPreparing')}
            </span>
          )}
        </div>
        <div class="field">
          <label for="filter-site">{t('library_filterSite')}</label>
          <select
            id="filter-site"
            value={query.site ?? ''}
            onChange={(e) => change({ site: orNull(e.currentTarget.value) })}
          >
            <option value="">{t('library_filterAny')}</option>
            {facets.sites.map((f) => (
              <option key={f.value} value={f.value}>{`${f.value} (${f.count})`}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-lang">{t('library_filterLanguage')}</label>
          <select
            id="filter-lang"
            value={query.lang ?? ''}
            onChange={(e) => change({ lang: orNull(e.currentTarget.value) })}
          >
            <option value="">{t('library_filterAny')}</option>
            {facets.langs.map((f) => (
              <option
                key={f.value}
                value={f.value}
              >{`${languageName(f.value, locale) || '?'} (${f.count})`}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-tag">{t('library_filterTag')}</label>
          <select
            id="filter-tag"
            value={query.tag ?? ''}
            onChange={(e) => change({ tag: orNull(e.currentTarget.value) })}
          >
            <option value="">{t('library_filterAny')}</option>
            {facets.tags.map((f) => (
              <option key={f.value} value={f.value}>{`${f.value} (${f.count})`}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-read">{t('library_filterRead')}</label>
          <select
            id="filter-read"
            value={query.read}
            onChange={(e) => change({ read: e.currentTarget.value as ReadFilter })}
          >
            <option value="all">{t('library_readAll')}</option>
            <option value="unread">{t('library_readUnread')}</option>
            <option value="read">{t('library_readRead')}</option>
          </select>
        </div>
        <div class="field">
          <label for="sort">{t('library_sort')}</label>
          <select
            id="sort"
            value={query.sort}
            disabled={Boolean(ranked)}
            onChange={(e) => change({ sort: e.currentTarget.value as SortKey })}
          >
            <option value="saved">{t('library_sortSaved')}</option>
            <option value="published">{t('library_sortPublished')}</option>
            <option value="site">{t('library_sortSite')}</option>
          </select>
        </div>
      </form>

      <section class="tools" aria-label={t('library_toolsLabel')}>
        <div class="selection">
          <label class="check">
            <input
              type="checkbox"
              checked={allShownSelected}
              onChange={(e) => {
                const next = new Set(selected);
                const on = e.currentTarget.checked;
                for (const r of page) {
                  if (on) next.add(r.id);
                  else next.delete(r.id);
                }
                setSelected(next);
              }}
            />
            {t('library_selectShown')}
          </label>
          <span>{t('library_selectedCount', [selectedIds.length])}</span>
          <button
            type="button"
            disabled={!selectedIds.length || busy}
            onClick={() => props.onSetRead(selectedIds, true)}
          >
            {t('library_markRead')}
          </button>
          <button
            type="button"
            disabled={!selectedIds.length || busy}
            onClick={() => props.onSetRead(selectedIds, false)}
          >
            {t('library_markUnread')}
          </button>
          <button
            type="button"
            class="danger"
            disabled={!selectedIds.length || busy}
            onClick={() => {
              props.onDelete(selectedIds);
              setSelected(new Set());
            }}
          >
            {t('library_deleteSelected')}
          </button>
          <form
            class="inline"
            onSubmit={(e) => {
              e.preventDefault();
              if (bulkTag.trim() && selectedIds.length) props.onAddTag(selectedIds, bulkTag.trim());
              setBulkTag('');
            }}
          >
            <label for="bulk-tag">{t('library_addTagLabel')}</label>
            <input
              id="bulk-tag"
              value={bulkTag}
              maxLength={64}
              onInput={(e) => setBulkTag(e.currentTarget.value)}
            />
            <button type="submit" disabled={!selectedIds.length || busy}>
              {t('library_addTag')}
            </button>
          </form>
        </div>
        <div class="transfer">
          <label for="export-format">{t('library_exportFormat')}</label>
          <select
            id="export-format"
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`library_format_${f}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy || !rows.length}
            onClick={() => props.onExport(format, null)}
          >
            {t('library_exportAll')}
          </button>
          <button
            type="button"
            disabled={busy || !selectedIds.length}
            onClick={() => props.onExport(format, selectedIds)}
          >
            {t('library_exportSelected')}
          </button>
          <label class="file-button" for="import-file">
            {t('library_importLabel')}
          </label>
          <input
            id="import-file"
            class="visually-hidden-file"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </div>
      </section>

      <div class="status" role="status" aria-live="polite">
        {status?.kind === 'deleted' && (
          <p>
            {t('library_deleted', [status.count])}{' '}
            <button type="button" onClick={props.onUndo}>
              {t('library_undo')}
            </button>
          </p>
        )}
        {status && status.kind !== 'deleted' && (
          <div class={status.kind === 'error' ? 'status-error' : 'status-info'}>
            <p>{status.text}</p>
            {status.details && status.details.length > 0 && (
              <details>
                <summary>{t('library_details')}</summary>
                <ul>
                  {status.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </details>
            )}
            <button type="button" onClick={props.onDismiss}>
              {t('library_dismiss')}
            </button>
          </div>
        )}
      </div>

      {rows.length === 0 && complete ? (
        <p class="empty">{t('library_empty')}</p>
      ) : (
        <>
          <p class="result-count">{t('library_shownCount', [page.length, visible.length])}</p>
          <ul class="items" aria-label={t('library_listLabel')}>
            {page.map((row) => (
              <Item
                {...props}
                key={row.id}
                row={row}
                selected={selected.has(row.id)}
                onSelect={toggle}
              />
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

interface ItemProps extends LibraryPageProps {
  row: LibraryRow;
  selected: boolean;
  onSelect: (id: string, on: boolean) => void;
}

function Item({ row, t, locale, selected, onSelect, onSetRead, onDelete, busy }: ItemProps) {
  const titleId = `title-${row.id}`;
  return (
    <li class={row.read ? 'item read' : 'item'} aria-labelledby={titleId}>
      <input
        type="checkbox"
        class="item-check"
        checked={selected}
        aria-label={t('library_select', [row.title])}
        onChange={(e) => onSelect(row.id, e.currentTarget.checked)}
      />
      <div class="item-main">
        <h2 id={titleId}>
          <a href={`#article=${encodeURIComponent(row.id)}`}>{row.title || row.host}</a>
        </h2>
        <p class="meta">
          <span>{siteOf(row)}</span>
          <span>{formatDay(row.publishedAt ?? row.savedAt, locale)}</span>
          <span>{t('library_readingMinutes', [Math.max(1, Math.round(row.readingMinutes))])}</span>
          <span>{languageName(row.lang, locale)}</span>
          <span class="read-state">
            {row.read ? t('library_stateRead') : t('library_stateUnread')}
          </span>
        </p>
        {row.topFacts.length > 0 && (
          <ul class="item-facts" aria-label={t('library_factsTitle')}>
            {row.topFacts.map((f) => (
              <li
                key={`${f.kind}-${f.label}`}
                class={`fact fact-${isFactKind(f.kind) ? f.kind : 'other'}`}
              >
                {f.label}
              </li>
            ))}
          </ul>
        )}
        {row.tags.length > 0 && (
          <ul class="item-tags" aria-label={t('library_tags')}>
            {row.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </div>
      <div class="item-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => onSetRead([row.id], !row.read)}
          aria-describedby={titleId}
        >
          {row.read ? t('library_markUnread') : t('library_markRead')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy}
          onClick={() => onDelete([row.id])}
          aria-describedby={titleId}
        >
          {t('library_delete')}
        </button>
      </div>
    </li>
  );
}
