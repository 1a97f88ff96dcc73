// The reading view of a saved article, offline: the library's own bar (back, read, delete) and
// tags around the shared article view (header, facts card that leads to its sentences, removed
// list, sanitised body).
import { useState } from 'preact/hooks';
import type { SavedArticle } from '../core/schema/saved-article';
import type { Translate } from '../contracts/i18n';
import { ArticleView } from '../ui/article-view';
import { RecordBoundary } from '../ui/record-boundary';
import { HighlightsPanel } from './highlights-panel';
import { useAnnotations, type AnnotationActions } from './use-annotations';

export interface SavedArticleViewProps extends AnnotationActions {
  record: SavedArticle;
  t: Translate;
  locale: string;
  onBack: () => void;
  onSetRead: (read: boolean) => void;
  onSetTags: (tags: string[]) => void;
  onDelete: () => void;
}

export function SavedArticleView({
  record,
  t,
  locale,
  onBack,
  onSetRead,
  onSetTags,
  onDelete,
  onEditHighlights,
  onSetPosition,
}: SavedArticleViewProps) {
  const [tagText, setTagText] = useState('');
  const notes = useAnnotations(record, { onEditHighlights, onSetPosition });

  const addTag = (event: Event) => {
    event.preventDefault();
    const tag = tagText.trim();
    if (!tag) return;
    onSetTags([...record.tags, tag]);
    setTagText('');
  };

  const bar = (
    <>
      <nav class="reader-bar" aria-label={t('library_readerActions')}>
        <button type="button" onClick={onBack}>
          {t('library_back')}
        </button>
        <button type="button" aria-pressed={record.read} onClick={() => onSetRead(!record.read)}>
          {record.read ? t('library_markUnread') : t('library_markRead')}
        </button>
        <a
          class="button-link"
          href={record.canonicalUrl || record.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
        >
          {t('actionOpenOriginal')}
        </a>
        <button type="button" class="danger" onClick={onDelete}>
          {t('library_delete')}
        </button>
      </nav>
      <section class="tags" aria-label={t('library_tags')}>
        <ul class="tag-list">
          {record.tags.map((tag) => (
            <li key={tag}>
              <span>{tag}</span>
              <button
                type="button"
                aria-label={t('library_removeTag', [tag])}
                onClick={() => onSetTags(record.tags.filter((x) => x !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addTag} class="tag-form">
          <label for="reader-tag">{t('library_addTagLabel')}</label>
          <input
            id="reader-tag"
            value={tagText}
            maxLength={64}
            onInput={(e) => setTagText(e.currentTarget.value)}
          />
          <button type="submit">{t('library_addTag')}</button>
        </form>
      </section>
    </>
  );

  return (
    <div class="reader saved-article" lang={record.lang !== 'und' ? record.lang : undefined}>
      <RecordBoundary
        key={record.id}
        fallback={
          <>
            {bar}
            <p class="record-broken" role="alert">
              {t('library_recordBroken')}
            </p>
          </>
        }
      >
        <ArticleView
          article={record}
          digest={record.digest}
          t={t}
          locale={locale}
          actions={bar}
          focusTitle={!record.position?.fraction}
          onBodyRendered={notes.onBodyRendered}
        />
        <HighlightsPanel
          t={t}
          highlights={record.highlights ?? []}
          orphans={notes.orphans}
          selecting={notes.selecting}
          justAdded={notes.justAdded}
          onHighlight={notes.highlight}
          onChange={notes.change}
          onRemove={notes.remove}
          onShow={notes.show}
        />
      </RecordBoundary>
    </div>
  );
}
