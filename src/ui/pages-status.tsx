// One line under the article header about its further pages: loading them, how many were
// joined, which could not be loaded (issue 12). A live region, so a screen reader hears it.
import type { Translate } from '../contracts/i18n';

export type PagesState =
  { status: 'loading' } | { status: 'done'; joined: number; total: number; failed: number[] };

export function PagesStatus({ state, t }: { state: PagesState; t: Translate }) {
  const lines: string[] = [];
  if (state.status === 'loading') lines.push(t('pagesLoading'));
  else {
    if (state.joined > 1) lines.push(t('pagesJoined', [String(state.joined)]));
    for (const number of state.failed)
      lines.push(t('pageNotLoaded', [String(number), String(state.total)]));
  }
  return (
    <p class="pages-status" role="status" data-pages={state.status}>
      {lines.join(' · ')}
    </p>
  );
}
