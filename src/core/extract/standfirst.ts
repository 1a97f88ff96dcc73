// The standfirst (the lead paragraph) that a theme places just above its <article> element: the
// clean-up takes the blocks before the article (kickers, bylines, date lines), but the nearest
// paragraph of prose there opens the story and stays. Only the nearest: a prose block further up
// is a teaser or a notice.
import type { Block } from './blocks';
import { CANDIDATES, proseWords } from './candidates';
import { tagOf } from './plain-text';
import { containsMedia } from './blocks';

/** A standfirst is a sentence or two: at least this many words (a disclosure line is fewer). */
export const MIN_STANDFIRST_WORDS = 20;
/** A clock time marks a date line ("Updated Nov. 19, 2019 8:21 am ET"), not a lead. */
const CLOCK = /\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|wib|et|gmt|utc)?\b/i;

/** Containers that are never a standfirst, whatever their text. */
const NOT_LEAD_TAGS = new Set(['nav', 'aside', 'form', 'footer', 'ul', 'ol', 'table', 'figure']);

/** A short line (a byline, a date, a kicker) between the standfirst and the article. */
export function isShortLine(block: Block): boolean {
  return block.words < CANDIDATES.proseParagraphWords;
}

/**
 * The block reads as a standfirst: one paragraph of prose (no clock time, not under a picture),
 * few links, not a menu or a box, and named by no clutter kind (`named` is the kind its class or id names, if any).
 */
export function isStandfirst(block: Block, named: string | null): boolean {
  if (named || NOT_LEAD_TAGS.has(tagOf(block.el))) return false;
  if (block.words < MIN_STANDFIRST_WORDS || CLOCK.test(block.text)) return false;
  if (block.linkWords > CANDIDATES.maxLinkDensity * block.words) return false;
  // Text right under a picture is its caption.
  const above = block.el.previousElementSibling;
  if (above && containsMedia(above)) return false;
  return proseWords(block.text) >= CANDIDATES.proseParagraphWords;
}
