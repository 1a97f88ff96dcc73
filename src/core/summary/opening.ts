// The summary beside the article (issue 15, item 2): on news an extractive summary is often the
// article's own opening sentences, which the reader meets right below the card. Those are marked
// in the text instead of being copied above it; only the sentences from further down (the gist
// the opening does not give) are listed in the card.
import type { SummarySentence } from '../schema/digest';

export interface SummaryParts {
  /** Summary sentences that are the article's opening: 0, 1, 2, ... with no gap. */
  opening: SummarySentence[];
  /** The others, from further down the article, in the summary's order. */
  gist: SummarySentence[];
}

export function splitOpening(summary: readonly SummarySentence[]): SummaryParts {
  const indexes = new Set(summary.map((item) => item.sentence));
  let run = 0;
  while (indexes.has(run)) run++;
  return {
    opening: summary.filter((item) => item.sentence < run),
    gist: summary.filter((item) => item.sentence >= run),
  };
}
