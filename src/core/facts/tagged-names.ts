// The name of a tagged span and the checks on it: trimming a span to its capitalised words, the
// vetoes that keep places, calendar words and pronouns out of the people, and the role cues
// ("Gubernur Jawa Tengah Ganjar Pranowo") that make a person more likely. Used by tagged.ts.
import type { Gazetteer } from '../ner/features';
import type { Tagger, EntityType } from '../ner/tagger';
import type { TextPack } from '../text/packs';
import type { DocumentView, SentenceView } from './document';

/**
 * Tokens of the longest name the tagger may give ("Dewan Perwakilan Rakyat Daerah Provinsi
 * Daerah Khusus Ibukota Jakarta" has nine); a longer run of capitalised words is no name.
 */
export const MAX_TAGGED_NAME_TOKENS = 16;

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
    while (end < e) {
      if (good(end)) {
        end++;
        continue;
      }
      // Inner words between name words: "of", "von der" ("Ursula von der Leyen").
      let j = end;
      while (j < e && inner(j)) j++;
      if (j === end || j >= e || !good(j)) break;
      end = j + 1;
    }
    const longer = end - k > best[1] - best[0] || (type === 'PER' && end - k === best[1] - best[0]);
    if (longer) best = [k, end];
    k = end;
  }
  [s, e] = best;
  // A run of capitalised words longer than any name (a heading in capitals, a list of
  // call signs) is no name, and names stay short for the look-ups of the combination.
  if (e - s > MAX_TAGGED_NAME_TOKENS) return null;
  while (e - s > 1 && skippable(s)) s++;
  // "Serbia's Novak Djokovic": the person's name starts after the possessive.
  if (type === 'PER') while (e - s > 1 && POSSESSIVE.test(tokens[s]!.text)) s++;
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
  // "Thought I": a name does not end with a small word; "Scottish": a people is no person.
  if (words.length > 1 && pack.stopwords.has(words[words.length - 1]!)) return true;
  if (isDemonym(name, pack, g)) return true;
  return words.some((w) => pack.monthByName.has(w) || pack.weekdayByName.has(w));
}

/**
 * A line written in title case ("Stadia Is Essentially A Beta Version", a heading or a list
 * item): more of the language's small words capitalised after its first word than written in
 * lower case, and most of its words capitalised. Capitals there say nothing of names.
 */
export function titleCased(sv: SentenceView, pack: TextPack): boolean {
  let words = 0;
  let caps = 0;
  let smallCaps = 0;
  let smallLower = 0;
  for (let i = 1; i < sv.tokens.length; i++) {
    const t = sv.tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    if (t.cap) caps++;
    // Small words of two letters or more: "I" and "A" are capitals in any sentence.
    if (t.lower.length < 2 || !pack.stopwords.has(t.lower)) continue;
    if (t.cap) smallCaps++;
    else smallLower++;
  }
  return smallCaps >= 2 && smallCaps > smallLower && caps >= 0.6 * words;
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

/**
 * A role inside a span the tagger took for an organisation or a place, and two or more
 * capitalised words after it (or one that ends the span): "Prime Minister Anthony Albanese", "South Dakota Gov. Kristi Noem", "Salesforce CEO
 * Marc Benioff". Gives where the role starts and where its holder's name starts; null when the
 * words after the role hold an organisation head ("Dewan Pimpinan Pusat Partai Golkar").
 */
export function roleHolder(
  sv: SentenceView,
  s: number,
  e: number,
  pack: TextPack,
  gazetteer: Gazetteer | null,
): { role: number; holder: number; end: number } | null {
  const { tokens } = sv;
  // A role word, or a title with its dot ("Gov.", "Sen."): "Sir", "Lord" and "Miss" start
  // names of their own ("Lord Derby Cup", "Miss Universe Japan").
  const dotted = (k: number) => tokens[k + 1]?.text === '.' && !tokens[k + 1]!.spaceBefore;
  const isRole = (k: number) =>
    tokens[k]!.cap &&
    (pack.roles.has(tokens[k]!.lower) || (pack.titles.has(tokens[k]!.lower) && dotted(k)));
  for (let k = e - 2; k >= s; k--) {
    if (!isRole(k)) continue;
    let role = k;
    while (role > s && isRole(role - 1)) role--;
    let m = k + 1;
    if (dotted(k)) m++;
    while (m < e && isRole(m)) m += dotted(m) ? 2 : 1;
    // The holder's name: the capitalised words after the role, up to a bracket or a comma.
    let end = m;
    while (end < e && tokens[end]!.cap && tokens[end]!.kind === 'word') {
      if (gazetteer?.orgHeads.has(tokens[end]!.lower)) return null;
      end++;
    }
    // One word after the role is a surname ("President Zelenskyy", "Gubernur Khofifah") when it
    // ends the span, names nothing else, and the role opens the span or follows a name the
    // gazetteer knows ("Salesforce CEO Benioff"; not "Puncak Datuk Panglima Husin", a peak).
    const before = tokens
      .slice(s, role)
      .map((t) => t.lower)
      .join(' ');
    const single =
      end - m === 1 &&
      end === e &&
      (role === s || !!gazetteer?.places.has(before) || !!gazetteer?.organizations.has(before)) &&
      !pack.roles.has(tokens[m]!.lower) &&
      !pack.notNames.has(tokens[m]!.lower) &&
      !gazetteer?.places.has(tokens[m]!.lower) &&
      !gazetteer?.organizations.has(tokens[m]!.lower);
    if (end - m < 2 && !single) continue;
    return { role, holder: m, end };
  }
  return null;
}

/** A name written in capitals ("FRANCE WINS", "NEED TO MAKE JAM"): a heading, not a name. */
export function shouted(name: string): boolean {
  const long = name
    .split(/\s+/)
    .filter((w) => /^[\p{Lu}\p{N}&.'’-]{4,}$/u.test(w) && /\p{Lu}{2}/u.test(w));
  return long.length >= 2;
}

const words = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

/** "Russian", "North American": a word for a people or a nation's, not a place or an organisation. */
export function isDemonym(name: string, pack: TextPack, gazetteer: Gazetteer | null): boolean {
  const list = words(name);
  const last = list[list.length - 1];
  if (!last || gazetteer?.places.has(list.join(' ')) || gazetteer?.organizations.has(last))
    return false;
  if (!list.slice(0, -1).every((w) => pack.placePrefixes.has(w))) return false;
  if (pack.demonyms.has(last)) return true;
  if (gazetteer?.places.has(last)) return false;
  return pack.demonymEndings.some((end) => last.length >= end.length + 3 && last.endsWith(end));
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

/**
 * Where a person's name starts when the tagger left out its first word between a role or a
 * place and the rest ("Gubernur Jawa Tengah Ganjar Pranowo" tagged "Pranowo"): one capitalised
 * word that is no role, title or function word, right after a role word or a gazetteer entry.
 */
export function personStart(sv: SentenceView, s: number, marks: string[], pack: TextPack): number {
  const before = sv.tokens[s - 1];
  const cue = sv.tokens[s - 2];
  if (!before || !cue || !before.cap || before.kind !== 'word' || marks[s - 1]) return s;
  const w = before.lower;
  if (pack.roles.has(w) || pack.titles.has(w) || pack.stopwords.has(w) || pack.notNames.has(w))
    return s;
  return cue.cap && (marks[s - 2] || pack.roles.has(cue.lower)) ? s - 1 : s;
}
