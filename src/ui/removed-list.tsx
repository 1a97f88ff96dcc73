// "Removed: share bar, 2 × related links, comment form (312 words)": what the clean-up took
// out, every block with its words, so that the list adds up to what was taken (issue 12).
import type { RemovedBlock, RemovedKind } from '../core/types';
import { plural, type Translate } from '../contracts/i18n';

export function summariseRemoved(removed: RemovedBlock[]): { kind: RemovedKind; count: number }[] {
  const counts = new Map<RemovedKind, number>();
  for (const block of removed) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

const kindKey = (kind: RemovedKind) => `removedKind_${kind.replace(/-/g, '_')}`;

export function RemovedList({
  removed,
  t,
  locale,
}: {
  removed: RemovedBlock[];
  t: Translate;
  locale: string;
}) {
  if (!removed.length) return null;
  const summary = summariseRemoved(removed)
    .map(({ kind, count }) =>
      count > 1 ? t('removedMany', [count, t(kindKey(kind))]) : t(kindKey(kind)),
    )
    .join(', ');
  const words = removed.reduce((n, block) => n + block.words, 0);
  return (
    <details class="removed">
      <summary>
        {t('removedSummary', [summary])} ({plural(t, locale, 'removedWords', words)})
      </summary>
      <ul>
        {removed.map((block, index) => (
          <li key={index}>
            <span class="removed-kind">{t(kindKey(block.kind))}</span>:{' '}
            <span class="removed-text">{block.text}</span>{' '}
            <span class="removed-words">({plural(t, locale, 'removedWords', block.words)})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
