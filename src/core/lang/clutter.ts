// The registry of clutter packs (src/core/lang/packs/<code>/clutter.json): the phrases that
// label boilerplate (share bars, reply forms, "read also" boxes, ...) and the class/id names
// themes give it, per language. Adding a language is adding a JSON file and one line in PACKS.
// The extractor never asks for a language by name: it matches against all packs at once,
// because pages mix languages (an Indonesian article under an English theme).
import type { RemovedKind } from '../types';
import { roleNames } from '../extract/plain-text';
import de from './packs/de/clutter.json';
import en from './packs/en/clutter.json';
import es from './packs/es/clutter.json';
import fr from './packs/fr/clutter.json';
import id from './packs/id/clutter.json';
import it from './packs/it/clutter.json';
import ms from './packs/ms/clutter.json';
import nl from './packs/nl/clutter.json';
import pt from './packs/pt/clutter.json';

export interface ClutterPack {
  code: string;
  /** Average silent reading speed of adults, in words per minute. */
  wordsPerMinute: number;
  /** Phrases (lower case) that label a block of boilerplate, by what the block is. */
  labels: Partial<Record<RemovedKind, string[]>>;
  /** Fragments of class and id names (lower case, words joined by "-") that themes give it. */
  names: Partial<Record<RemovedKind, string[]>>;
  /** Texts of the links to an article's other pages (src/core/extract/pagination.ts). */
  pagination?: {
    /** "Halaman selanjutnya", "Next page". */
    next?: string[];
    /** "Tampilkan semua", "Single page": the whole article on one page. */
    showAll?: string[];
    /** The word before a page number ("Halaman 2", "Seite 2"). */
    page?: string[];
  };
  /** Phrases of a reading-time line ("5 min read", "Waktu baca 2 menit", "Lesezeit"). */
  readingTime?: string[];
  /** Labels that open a caption ("Media caption") or a picture credit ("Image copyright"). */
  captionLabels?: { caption?: string[]; credit?: string[] };
}

const PACKS: readonly ClutterPack[] = [id, en, ms, pt, de, es, fr, it, nl] as ClutterPack[];

/** Reading speed when the language has no pack: the mean over the studied languages. */
export const DEFAULT_WORDS_PER_MINUTE = 200;

export function clutterPacks(): readonly ClutterPack[] {
  return PACKS;
}

export function wordsPerMinute(lang: string): number {
  return PACKS.find((p) => p.code === lang)?.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
}

/**
 * Lower case, marks and symbols around the words dropped, runs of space made one, and every
 * number written "#", so that a label can say "image # of #".
 */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\p{N}+(?:[.,]\p{N}+)*/gu, '#')
    .replace(/[^\p{L}\p{N}#'’-]+/gu, ' ')
    .replace(/(^|\s)[-'’]+|(?<![-'’])[-'’]+(?=\s|$)/gu, '$1')
    .trim()
    .replace(/\s+/g, ' ');
}

export interface LabelMatch {
  kind: RemovedKind;
  /** Number of words of the label. */
  words: number;
}

export interface ClutterLexicon {
  /** The kind of boilerplate a whole (normalised) block is, when it is exactly a label. */
  exact(normalized: string): RemovedKind | null;
  /** The longest label the (normalised) block starts with, followed by a word boundary. */
  lead(normalized: string): LabelMatch | null;
  /** The kind a class or id attribute names, if any. */
  name(classAndId: string): RemovedKind | null;
}

/** a-z or 0-9 (NaN past the end is neither): what a name may not touch on either side. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Class and id strings whose kind is kept (past it the cache starts again). */
const MAX_CACHED_NAMES = 10_000;

function buildLexicon(packs: readonly ClutterPack[]): ClutterLexicon {
  const exact = new Map<string, RemovedKind>();
  const byFirstWord = new Map<string, { label: string; kind: RemovedKind; words: number }[]>();
  // The kind a class or id name fragment gives (first pack wins).
  const kindOfName = new Map<string, RemovedKind>();
  for (const pack of packs) {
    for (const [kind, phrases] of Object.entries(pack.labels) as [RemovedKind, string[]][]) {
      for (const phrase of phrases) {
        const label = normalizeLabel(phrase);
        if (!label) continue;
        if (!exact.has(label)) exact.set(label, kind);
        const words = label.split(' ');
        const list = byFirstWord.get(words[0]!) ?? [];
        list.push({ label, kind, words: words.length });
        byFirstWord.set(words[0]!, list);
      }
    }
    for (const [kind, names] of Object.entries(pack.names) as [RemovedKind, string[]][])
      for (const name of names) if (name && !kindOfName.has(name)) kindOfName.set(name, kind);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.label.length - a.label.length);
  // Looked up by length, longest first, instead of one alternation of every name: a regular
  // expression that large costs tens of milliseconds to compile in every new context (each
  // popup), and the lookup finds the same name.
  const nameLengths = [...new Set([...kindOfName.keys()].map((name) => name.length))].sort(
    (a, b) => b - a,
  );
  const built: ClutterLexicon = {
    exact: (normalized) => exact.get(normalized) ?? null,
    lead(normalized) {
      const space = normalized.indexOf(' ');
      const first = space < 0 ? normalized : normalized.slice(0, space);
      for (const entry of byFirstWord.get(first) ?? []) {
        if (
          normalized.startsWith(entry.label) &&
          (normalized.length === entry.label.length || normalized[entry.label.length] === ' ')
        ) {
          return { kind: entry.kind, words: entry.words };
        }
      }
      return null;
    },
    name(classAndId) {
      if (!classAndId) return null;
      // "relatedPosts" -> "related-posts", so camel case names split like dashed ones; the
      // tag and category classes of a post wrapper are not names of its role.
      const value = roleNames(classAndId);
      // The first place a name starts a word and ends one, the longest name there: whole words
      // only ("credits" in "photo-credits", not "creditscore"; issue 12).
      for (let start = 0; start < value.length; start++) {
        if (start > 0 && isWordChar(value.charCodeAt(start - 1))) continue;
        for (const length of nameLengths) {
          if (start + length > value.length) continue;
          const kind = kindOfName.get(value.slice(start, start + length));
          if (kind && !isWordChar(value.charCodeAt(start + length))) return kind;
        }
      }
      return null;
    },
  };
  // Themes repeat a few class names over a whole page (and site): each is looked up once.
  const kindByClass = new Map<string, RemovedKind | null>();
  const nameOf = built.name;
  built.name = (classAndId) => {
    let kind = kindByClass.get(classAndId);
    if (kind === undefined) {
      kind = nameOf(classAndId);
      if (kindByClass.size >= MAX_CACHED_NAMES) kindByClass.clear();
      kindByClass.set(classAndId, kind);
    }
    return kind;
  };
  return built;
}

let lexicon: ClutterLexicon | null = null;

/** One lexicon over every pack, built on first use. */
export function clutterLexicon(): ClutterLexicon {
  lexicon ??= buildLexicon(PACKS);
  return lexicon;
}

export interface PaginationPhrases {
  next: ReadonlySet<string>;
  showAll: ReadonlySet<string>;
  /** Normalised words that name a page before its number. */
  pageWords: readonly string[];
}

let pagination: PaginationPhrases | null = null;

/** The pagination phrases of every pack, normalised (pages mix languages, as for clutter). */
export function paginationPhrases(): PaginationPhrases {
  if (pagination) return pagination;
  const next = new Set<string>();
  const showAll = new Set<string>();
  const pageWords = new Set<string>();
  for (const pack of PACKS) {
    for (const phrase of pack.pagination?.next ?? []) next.add(normalizeLabel(phrase));
    for (const phrase of pack.pagination?.showAll ?? []) showAll.add(normalizeLabel(phrase));
    for (const word of pack.pagination?.page ?? []) pageWords.add(normalizeLabel(word));
  }
  next.delete('');
  showAll.delete('');
  pagination = { next, showAll, pageWords: [...pageWords] };
  return pagination;
}

export interface LinePhrases {
  readingTime: readonly string[];
  caption: readonly string[];
  credit: readonly string[];
}

let lines: LinePhrases | null = null;

/** Reading-time phrases and caption labels of every pack, normalised, longest first. */
export function linePhrases(): LinePhrases {
  if (lines) return lines;
  const collect = (pick: (pack: ClutterPack) => string[] | undefined): string[] =>
    [...new Set(PACKS.flatMap((pack) => (pick(pack) ?? []).map(normalizeLabel)))]
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
  lines = {
    readingTime: collect((p) => p.readingTime),
    caption: collect((p) => p.captionLabels?.caption),
    credit: collect((p) => p.captionLabels?.credit),
  };
  return lines;
}
