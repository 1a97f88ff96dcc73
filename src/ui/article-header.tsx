import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../core/types';
import type { Translate } from '../contracts/i18n';
import { formatDate, languageName } from './format';

export interface ArticleHeaderProps {
  article: Article;
  t: Translate;
  locale: string;
  focusTitle?: boolean;
}

export function ArticleHeader({ article, t, locale, focusTitle = false }: ArticleHeaderProps) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle, article.url]);
  const date = formatDate(article.publishedTime, locale);
  const lang = languageName(article.lang, locale);
  return (
    <header class="article-header">
      {article.siteName && <p class="article-site">{article.siteName}</p>}
      <h1
        class="article-title"
        lang={article.lang}
        ref={title}
        tabIndex={focusTitle ? -1 : undefined}
      >
        {article.title}
      </h1>
      <p class="article-meta">
        {article.byline && <span class="article-byline">{article.byline}</span>}
        {date && article.publishedTime && (
          <time dateTime={article.publishedTime} class="article-date">
            {date}
          </time>
        )}
        <span class="article-reading-time">{t('readingMinutes', [article.readingMinutes])}</span>
        {lang && <span class="article-lang">{lang}</span>}
      </p>
    </header>
  );
}
