// The library's reading view as the tests render it: English, every action a no-op unless a
// test passes its own.
import type { ComponentProps } from 'preact';
import { SavedArticleView } from '../../../src/library/saved-article-view';
import { translator } from '../../../src/contracts/locales';

type Props = ComponentProps<typeof SavedArticleView>;

export const t = translator('en');

export function savedView(record: Props['record'], props: Partial<Props> = {}) {
  return (
    <SavedArticleView
      record={record}
      t={t}
      locale="en"
      onBack={() => {}}
      onSetRead={() => {}}
      onSetTags={() => {}}
      onDelete={() => {}}
      onEditHighlights={() => {}}
      onSetPosition={() => {}}
      {...props}
    />
  );
}
