// The reading view of a saved article, offline: its facts card and its sanitised HTML. The
// HTML goes in through `renderHtml` (sanitizeToFragment in main.tsx) into a ref'd element.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SavedArticle } from '../core/collection/schema';
import type { Translate } from '../shared/i18n';
import { FactsCard } from './facts-card';
import { formatDate, languageName } from './format';

export interface ArticleViewProps {
  record: SavedArticle;
  t: Translate;
  locale: string;
  /** Puts sanitised article HTML into the element (replacing what it holds). */
  renderHtml: (target: HTMLElement, html: string) => void;
  onBack: () => void;
  onSetRead: (read: boolean) => void;
  onSetTags: (tags: string[]) => void;
  onDelete: () => void;
}

export function ArticleView({
  record,
  t,
  locale,
  renderHtml,
  onBack,
  onSetRead,
  onSetTags,
  onDelete,
}: ArticleViewProps) {
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [tagText, setTagText] = useState('');

  useEffect(() => {
    if (body.current) renderHtml(body.current, record.html);
  }, [record.html, renderHtml]);
  useEffect(() => heading.current?.focus(), [record.id]);

  const addTag = (event: Event) => {
    event.preventDefault();
    const tag = tagText.trim();
    if (!tag) return;
    onSetTags([...record.tags, tag]);
    setTagText('');
  };

  return (
    <article
      class="reader"
      lang={record.lang !== 'und' ? record.lang : undefined}
      aria-labelledby="reader-title"
    >
      <nav class="reader-bar" aria-label={t('library_readerActions')}>
        <button type="button" onClick={onBack}>
          {t('library_back')}
        </button>
        <button type="button" aria-pressed={record.read} onClick={() => onSetRead(!record.read)}>
          {record.read ? t('library_markUnread') : t('library_markRead')}
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          {t('library_delete')}
        </button>
      </nav>
      <header>
        <h1 id="reader-title" tabIndex={-1} ref={heading}>
          {record.title}
        </h1>
        <p class="meta">
          <a
            href={record.canonicalUrl || record.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
          >
            {record.siteName || new URL(record.canonicalUrl || record.url).hostname}
          </a>
          {record.byline && <span> · {record.byline}</span>}
          {record.publishedTime && (
            <span> · {formatDate(Date.parse(record.publishedTime), locale)}</span>
          )}
          <span>
            {' '}
            · {t('library_readingMinutes', [Math.max(1, Math.round(record.readingMinutes))])}
          </span>
          <span> · {languageName(record.lang, locale)}</span>
        </p>
      </header>
      <FactsCard digest={record.digest} t={t} level={2} />
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
      <div class="reader-body" ref={body} aria-label={t('library_articleText')} role="region" />
    </article>
  );
}
