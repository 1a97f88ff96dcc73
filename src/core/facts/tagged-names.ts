// The name of a tagged span and the checks on it: trimming a span to its capitalised words, the
// vetoes that keep places, calendar words and pronouns out of the people, and the role cues
// ("Gubernur Jawa Tengah Ganjar Pranowo") that make a person more likely. Used by tagged.ts.
import type { Tagger, EntityType } from '../ner/tagger';
import type { TextPack } from '../text/packs';
import type { DocumentView, SentenceView } from './document';

/** Punctuation a name may hold ("Ocasio-Cortez", "AT&T", "O'Brien", "J. R."). */
const INNER = new Set(['-', '&', "'", '’', '.']);
const POSSESSIVE = /['’]s$/u;

function abbreviationDot(sv: SentenceView, k: number, pack: TextPack): boolean {
  const t = sv.tokens[k]!;
  const prev = sv.tokens[k - 1];
  if (t.text !== '.' || t.spaceBefore || !prev || prev.kind !== 'word') return false;
  return (
    prev.text.length === 1 || pack.abbreviations.has(prev.lower) || pack.titles.has(prev.lower)
  );
}

/**
 * The name a tagged span stands for, trimmed to capitalised words: the tagger was trained on
 * encyclopaedia sentences and sometimes runs into a verb ("Tottenham said"), over a sentence end,
 * or starts at an adverb ("Now Assange"). Empty when nothing name-like is left.
 */
export function nameOf(
  sv: SentenceView,
  s: number,
  e: number,
  type: EntityType,
  pack: TextPack,
): { text: string; s: number } | null {
  const { tokens } = sv;
  const good = (k: number) => {
    const t = tokens[k]!;
    if (t.kind === 'number') return type === 'ORG';
    return (
      t.kind === 'word' &&
      t.cap &&
      !pack.monthByName.has(t.lower) &&
      !pack.weekdayByName.has(t.lower)
    );
  };
  const inner = (k: number) => {
    const t = tokens[k]!;
    if (t.kind === 'punct')
      return INNER.has(t.text) && (t.text !== '.' || abbreviationDot(sv, k, pack));
    return !t.cap && (pack.connectors.has(t.lower) || pack.lowercaseNameParts.has(t.lower));
  };
  const skippable = (k: number) => {
    const w = tokens[k]!.lower;
    return (
      pack.notNames.has(w) ||
      pack.stopwords.has(w) ||
      (type === 'PER' && (pack.titles.has(w) || pack.roles.has(w)))
    );
  };
  // The longest run of name words (the last one for a person: "editor-in-chief Kristinn
  // Hrafnsson"), without a leading adverb or article ("Now Assange", "The").
  let best: [number, number] = [s, s];
  for (let k = s; k < e;) {
    if (!good(k)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < e && (good(end) || (inner(end) && end + 1 < e && good(end + 1)))) end++;
    const longer = end - k > best[1] - best[0] || (type === 'PER' && end - k === best[1] - best[0]);
    if (longer) best = [k, end];
    k = end;
  }
  [s, e] = best;
  while (e - s > 1 && skippable(s)) s++;
  // A lone pronoun or function word ("Her", "You", "Ia") is no name; "Indonesia" is a place,
  // though never a person.
  if (e - s === 1 && (type === 'PER' ? skippable(s) : pack.stopwords.has(tokens[s]!.lower)))
    return null;
  if (e <= s) return null;
  const text = sv.text.slice(tokens[s]!.start, tokens[e - 1]!.end).replace(POSSESSIVE, '');
  return /\p{L}/u.test(text) ? { text, s } : null;
}

export function personVeto(name: string, tagger: Tagger, pack: TextPack): boolean {
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  const g = tagger.gazetteer;
  if (g && (g.places.has(lower) || g.organizations.has(lower) || g.orgHeads.has(words[0]!)))
    return true;
  if (!/^\p{Lu}/u.test(name) || /\p{N}/u.test(name)) return true;
  if (words.length === 1) {
    const w = words[0]!;
    if (pack.notNames.has(w) || pack.stopwords.has(w) || pack.roles.has(w)) return true;
    if (pack.monthByName.has(w) || pack.weekdayByName.has(w) || pack.speechVerbs.has(w))
      return true;
    if (name.length < 3 || /^\p{Lu}+$/u.test(name)) return true;
  }
  return words.some((w) => pack.monthByName.has(w) || pack.weekdayByName.has(w));
}

export const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–', ':']);

/** Words written capitalised somewhere other than at the start of a sentence or quote. */
export function capitalisedInside(doc: DocumentView): Set<string> {
  const seen = new Set<string>();
  for (const sv of doc.sentences) {
    sv.tokens.forEach((t, i) => {
      if (i > 0 && t.cap && !OPENERS.has(sv.tokens[i - 1]!.text)) seen.add(t.lower);
    });
  }
  return seen;
}

/** Where the holder's name starts in a span that opens with role words and has two more words. */
export function roleHolder(sv: SentenceView, s: number, e: number, pack: TextPack): number | null {
  let k = s;
  while (k < e && pack.roles.has(sv.tokens[k]!.lower)) k++;
  if (k === s || e - k < 2) return null;
  for (let i = k; i < e; i++) if (!sv.tokens[i]!.cap) return null;
  return k;
}

/** A role word within the four capitalised words before token s ("Bupati Balangan X"). */
export function roleBefore(sv: SentenceView, s: number, pack: TextPack): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    const t = sv.tokens[k]!;
    if (!t.cap) return false;
    if (pack.roles.has(t.lower)) return true;
  }
  return false;
}
