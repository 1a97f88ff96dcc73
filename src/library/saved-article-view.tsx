// The reading view of a saved article, offline: the library's own bar (back, read, delete) and
// tags around the shared article view (header, facts card that leads to its sentences, removed
// list, sanitised body).
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { pointAtKeptImages } from '../core/collection/article-images';
import type { SavedArticle } from '../core/schema/saved-article';
import type { Translate } from '../contracts/i18n';
import { ArticleView } from '../ui/article-view';
import { RecordBoundary } from '../ui/record-boundary';
import { ReadAloud } from '../ui/read-aloud';
import { HighlightsPanel } from '../ui/highlights-panel';
import { ImagesNotice } from './kept-images';
import { useAnnotations, type AnnotationActions } from './use-annotations';

const NO_IMAGES: ReadonlyMap<string, string> = new Map();

export interface SavedArticleViewProps extends AnnotationActions {
  record: SavedArticle;
  t: Translate;
  locale: string;
  onBack: () => void;
  onSetRead: (read: boolean) => void;
  onSetTags: (tags: string[]) => void;
  onDelete: () => void;
  /** Print or save as PDF (issue 15, item 4); the browser's print by default. */
  onPrint?: () => void;
  /** The article's kept images: address in the article -> data: URL (issue 16). */
  images?: ReadonlyMap<string, string>;
  /** Whether Ringkas may fetch images (null: unknown, or keeping images is off). */
  imageAccess?: boolean | null;
  keepingImages?: boolean;
  /** Keeps the article's images, asking for host access first when `ask`. */
  onKeepImages?: (ask: boolean) => void;
}

export function SavedArticleView({
  record,
  t,
  locale,
  onBack,
  onSetRead,
  onSetTags,
  onDelete,
  onPrint = () => globalThis.print(),
  images = NO_IMAGES,
  imageAccess = null,
  keepingImages = false,
  onKeepImages,
  onEditHighlights,
  onSetPosition,
}: SavedArticleViewProps) {
  const [tagText, setTagText] = useState('');
  const [listening, setListening] = useState(false);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const [remote, setRemote] = useState(0);
  // The sanitised body's images point at the kept copies before it is shown: no request. The
  // callback stays the same when images arrive later, so the body is not rendered anew (which
  // would move the reader's place and drop a selection); the effect below points them in place.
  const kept = useRef(images);
  kept.current = images;
  const afterSanitize = useCallback(
    (fragment: DocumentFragment) =>
      setRemote(pointAtKeptImages(fragment, (url) => kept.current.get(url)).remote),
    [],
  );
  useLayoutEffect(() => {
    if (body) setRemote(pointAtKeptImages(body, (url) => images.get(url)).remote);
  }, [body, images]);
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
        <button
          type="button"
          aria-expanded={listening}
          aria-controls="library-listen"
          onClick={() => setListening(!listening)}
        >
          {t('readerListen')}
        </button>
        <button type="button" title={t('actionPrintHint')} onClick={onPrint}>
          {t('actionPrint')}
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          {t('library_delete')}
        </button>
      </nav>
      {listening && (
        <div class="library-listen" id="library-listen">
          <ReadAloud body={body} lang={record.lang} t={t} locale={locale} />
        </div>
      )}
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
      {onKeepImages && (
        <ImagesNotice
          t={t}
          remote={remote}
          access={imageAccess}
          busy={keepingImages}
          onKeep={onKeepImages}
        />
      )}
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
          onBody={(element) => {
            setBody(element);
            notes.onBodyRendered(element);
          }}
          afterSanitize={afterSanitize}
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
