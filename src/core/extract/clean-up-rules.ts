// Thresholds and kinds of the clean-up rules (clean-up.ts), in one place.
import type { RemovedKind } from '../types';

/** Thresholds of the rules, in one place. */
export const CLEANUP = {
  /** A labelled block ("Baca juga: ...") is clutter up to this many words after the label. */
  maxLabelledWords: 40,
  /** ... when at least this share of its text after the label is links, */
  labelledLinkDensity: 0.5,
  /** ... or a separator follows the label and at most this many words follow it. */
  maxSeparatedWords: 15,
  /** Kinds that only label short blocks ("Editor: X") allow this many words after the label. */
  maxShortLeadWords: 12,
  /** A block named clutter by class or id is kept when it holds this share of the article's words. */
  maxNamedShare: 0.4,
  /** ... or this many words outside links (prose, not a box of links). */
  maxNamedProseWords: 60,
  /** A box named "related" or "tags" is one when this share of its words is links. */
  namedLinkBoxDensity: 0.3,
  /** ... or it has at most this many words outside links (a heading and a few links). */
  maxNamedLinkBoxProseWords: 25,
  /** Words of a paragraph that counts as article text, when its link density is low. */
  substantialWords: 12,
  substantialMaxLinkDensity: 0.3,
  /** ... and ends like a sentence, unless it has at least this many words. */
  unpunctuatedSubstantialWords: 25,
  /** An edge block (before the first or after the last article paragraph) made of links. */
  edgeLinkDensity: 0.5,
  /** ... and when it ends like a sentence, at least this share of links. */
  sentenceLinkDensity: 0.8,
  /** A date line: at most this many words, at least this share of them numbers. */
  maxTimestampWords: 16,
  timestampNumberShare: 0.4,
  /** Short notes at the end (copyright, "follow us"): at most this many words. */
  maxTrailingNoteWords: 40,
  /** The page's article element holds at least this share of the words ... */
  afterArticleBodyShare: 0.7,
  /** ... and what precedes it is at most this share of its size, ... */
  maxBeforeArticleShare: 0.15,
  /** ... and what follows it at most this share. */
  maxAfterArticleShare: 0.3,
  /** A fragment after the last paragraph (a widget label, "(mea/mea)"): at most this many words, no full stop. */
  maxFragmentWords: 3,
  /** A caption found by structure has at most this many words. */
  maxCaptionWords: 80,
  /** Characters of the removed text kept for the "removed" list. */
  excerptChars: 80,
  /** No rule takes a block holding more than this share of the article's words (issue 12). */
  maxRemovedShare: 0.5,
} as const;

/** Kinds whose label heads the block after it: a heading "Related" and its list of links. */
export const HEADING_KINDS = new Set<RemovedKind>([
  'related',
  'tags',
  'comments',
  'newsletter',
  'share',
  'author-bio',
]);
/** Kinds a lead label may name only on a short block ("Editor: X", "Tags: a, b"). */
export const SHORT_LEAD_KINDS = new Set<RemovedKind>([
  'author-bio',
  'tags',
  'breadcrumb',
  'navigation',
  'share',
  'comments',
  'dateline',
]);
/** Kinds whose phrases name a whole block only ("Photo", "Close"), never label one ("Photo: ..."). */
export const EXACT_ONLY_KINDS = new Set<RemovedKind>(['other']);
/** Kinds a lead label names at the end of the article without a separator ("Follow us on ..."). */
export const TRAILING_LEAD_KINDS = new Set<RemovedKind>([
  'newsletter',
  'share',
  'related',
  'comments',
  'author-bio',
  'other',
]);

export const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, table, pre';
export const KEEP_TAGS = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'svg',
  'table',
  'pre',
  'code',
  'math',
]);
/** Elements that wrap an image and its caption when a theme does not use <figure>. */
export const CAPTION_CONTAINERS = new Set(['div', 'section', 'figure', 'span', 'center']);
/** Embedded posts (tweets, Instagram) are quotes of the article, whatever their class says. */
export const EMBED_TAGS = new Set(['blockquote', 'figure', 'table', 'pre']);
