// One saved article in the library list: its title (a link to it), its facts and tags, and
// its own actions.
import { siteOf } from '../core/collection/query';
import type { LibraryRow } from '../core/collection/library-row';
import { isFactKind } from '../core/facts/fact-kinds';
import type { Translate } from '../contracts/i18n';
import { formatDay, languageName } from '../ui/format';

export interface LibraryItemProps {
  t: Translate;
  locale: string;
  busy: boolean;
  row: LibraryRow;
  selected: boolean;
  onSelect: (id: string, on: boolean) => void;
  onSetRead: (ids: string[], read: boolean) => void;
  onDelete: (ids: string[]) => void;
}

const languageNames = new Map<string, string>();

/** A row's language by name, made once per language and locale (every row shows one). */
function rowLanguage(code: string, locale: string): string {
  const key = `${code}\n${locale}`;
  let name = languageNames.get(key);
  if (name === undefined) languageNames.set(key, (name = languageName(code, locale)));
  return name;
}

export function LibraryItem({
  row,
  t,
  locale,
  selected,
  onSelect,
  onSetRead,
  onDelete,
  busy,
}: LibraryItemProps) {
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
          {row.publishedAt !== null && (
            <time class="item-published" dateTime={new Date(row.publishedAt).toISOString()}>
              {t('library_published', [formatDay(row.publishedAt, locale)])}
            </time>
          )}
          <time class="item-saved" dateTime={new Date(row.savedAt).toISOString()}>
            {t('library_savedOn', [formatDay(row.savedAt, locale)])}
          </time>
          <span>{t('library_readingMinutes', [Math.max(1, Math.round(row.readingMinutes))])}</span>
          <span>{rowLanguage(row.lang, locale)}</span>
          <span class="read-state">
            {row.read ? t('library_stateRead') : t('library_stateUnread')}
          </span>
          {!row.read && (row.progress ?? 0) >= 0.01 && (
            <span class="progress">
              {t('library_progress', [Math.round((row.progress ?? 0) * 100)])}
            </span>
          )}
          {(row.highlights ?? 0) > 0 && (
            <span class="highlight-count">
              {t('library_highlightCount', [row.highlights ?? 0])}
            </span>
          )}
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
