// The search box, the filters (site, language, tag, read state) and the sort of the library list.
import type { Facets, LibraryQuery, ReadFilter, SortKey } from '../core/collection/query';
import type { Translate } from '../contracts/i18n';
import { languageName } from '../ui/format';
import { LabelledSelect, type SelectOption } from '../ui/labelled-select';

export interface LibraryFiltersProps {
  t: Translate;
  locale: string;
  text: string;
  onText: (text: string) => void;
  searchReady: boolean;
  /** How far the search index is being built (null: it is not). */
  indexing?: { done: number; total: number } | null;
  query: LibraryQuery;
  onChange: (patch: Partial<LibraryQuery>) => void;
  facets: Facets;
  /** The sort does not apply while search results are ranked. */
  ranked: boolean;
}

const orNull = (value: string) => (value === '' ? null : value);

export function LibraryFilters(props: LibraryFiltersProps) {
  const { t, locale, text, searchReady, indexing, query, onChange, facets } = props;
  const any: SelectOption = { value: '', label: t('library_filterAny') };
  const counted = (list: { value: string; count: number }[], name = (v: string) => v) => [
    any,
    ...list.map((f) => ({ value: f.value, label: `${name(f.value)} (${f.count})` })),
  ];
  return (
    <form role="search" class="controls" onSubmit={(e) => e.preventDefault()}>
      <div class="field search-field">
        <label for="library-search">{t('library_searchLabel')}</label>
        <input
          id="library-search"
          type="search"
          value={text}
          placeholder={t('library_searchPlaceholder')}
          aria-describedby={searchReady && !indexing ? undefined : 'search-wait'}
          onInput={(e) => props.onText(e.currentTarget.value)}
        />
        {(!searchReady || indexing) && (
          <span id="search-wait" class="hint">
            {indexing
              ? t('library_searchIndexing', [indexing.done, indexing.total])
              : t('library_searchPreparing')}
            {indexing && <progress max={indexing.total} value={indexing.done} aria-hidden="true" />}
          </span>
        )}
      </div>
      {/* One bar of filters and the sort, as the reader's toolbar: native selects (keyboard and
          screen readers as ever) drawn as chips, the sort at the bar's end. */}
      <div class="filter-bar">
        <LabelledSelect
          fieldClass="chip"
          id="filter-site"
          label={t('library_filterSite')}
          value={query.site ?? ''}
          options={counted(facets.sites)}
          onChange={(value) => onChange({ site: orNull(value) })}
        />
        <LabelledSelect
          fieldClass="chip"
          id="filter-lang"
          label={t('library_filterLanguage')}
          value={query.lang ?? ''}
          options={counted(facets.langs, (code) => languageName(code, locale) || '?')}
          onChange={(value) => onChange({ lang: orNull(value) })}
        />
        <LabelledSelect
          fieldClass="chip"
          id="filter-tag"
          label={t('library_filterTag')}
          value={query.tag ?? ''}
          options={counted(facets.tags)}
          onChange={(value) => onChange({ tag: orNull(value) })}
        />
        <LabelledSelect
          fieldClass="chip"
          id="filter-read"
          label={t('library_filterRead')}
          value={query.read}
          options={[
            { value: 'all', label: t('library_readAll') },
            { value: 'unread', label: t('library_readUnread') },
            { value: 'read', label: t('library_readRead') },
          ]}
          onChange={(value) => onChange({ read: value as ReadFilter })}
        />
        <LabelledSelect
          fieldClass="chip chip-sort"
          id="sort"
          label={t('library_sort')}
          value={query.sort}
          disabled={props.ranked}
          options={[
            { value: 'saved', label: t('library_sortSaved') },
            { value: 'published', label: t('library_sortPublished') },
            { value: 'site', label: t('library_sortSite') },
          ]}
          onChange={(value) => onChange({ sort: value as SortKey })}
        />
      </div>
    </form>
  );
}
