// Spans the tagger joins that are two things, split before they become facts (tagged.ts):
// a place's possessive before a name ("Britain's Andy Murray"), a role after an organisation
// ("Salesforce CEO"), a role and its holder after an organisation ("Wakil Ketua DPR Fadli Zon");
// and the role a person's name follows ("Wakil Ketua DPR" for "Fadli Zon").
import type { Gazetteer } from '../ner/features';
import type { EntitySpan, EntityType } from '../ner/tagger';
import type { Token } from '../text/tokens';
import type { TextPack } from '../text/packs';
import type { SentenceView } from './document';

const POSSESSIVE = /^(.+)['’]s$/u;

/** The type the gazetteer gives a name, lower case; null when it does not know it. */
function gazetteerType(lower: string, gazetteer: Gazetteer | null): 'LOC' | 'ORG' | null {
  if (gazetteer?.places.has(lower)) return 'LOC';
  if (gazetteer?.organizations.has(lower)) return 'ORG';
  return null;
}

/**
 * "Britain's Andy Murray", "China's Xi Jinping" tagged one organisation: a name the gazetteer
 * knows, in the possessive, is that place or organisation, and what follows is tagged again on
 * its own (the words from there to the sentence's end). Null when the span holds no such
 * possessive ("McDonald's Corporation" is one name: "mcdonald" is no gazetteer entry).
 */
export function possessiveSplit(
  tokens: Token[],
  span: EntitySpan,
  gazetteer: Gazetteer | null,
  tag: (tokens: Token[]) => EntitySpan[],
): EntitySpan[] | null {
  if (!gazetteer) return null;
  for (let k = span.s; k < span.e - 1; k++) {
    const m = POSSESSIVE.exec(tokens[k]!.text);
    if (!m || !tokens[k + 1]!.cap) continue;
    const before = [...tokens.slice(span.s, k).map((t) => t.lower), m[1]!.toLowerCase()].join(' ');
    const type = gazetteerType(before, gazetteer);
    if (!type) continue;
    const out: EntitySpan[] = [{ ...span, type, e: k + 1 }];
    const from = k + 1;
    for (const again of tag(tokens.slice(from))) {
      if (again.s >= span.e - from) break;
      out.push({ ...again, s: again.s + from, e: Math.min(again.e + from, span.e) });
    }
    return out;
  }
  return null;
}

/**
 * "Salesforce CEO", "Google spokesman": a role word the pack writes after its organisation
 * ends the span, or follows a span tagged a person. The organisation keeps its name without it
 * (a place when the gazetteer says so); a span that is only the role names nothing.
 */
export function withoutTrailingRole(
  tokens: Token[],
  span: EntitySpan,
  pack: TextPack,
  gazetteer: Gazetteer | null,
): EntitySpan | null {
  let e = span.e;
  while (e > span.s && pack.rolesAfterOrganisation.has(tokens[e - 1]!.lower)) e--;
  const roleAfter = tokens[span.e] && pack.rolesAfterOrganisation.has(tokens[span.e]!.lower);
  if (e === span.e && !(roleAfter && span.type === 'PER')) return span;
  if (e === span.s) return null;
  const rest = tokens
    .slice(span.s, e)
    .map((t) => t.lower)
    .join(' ');
  const known = gazetteerType(rest, gazetteer);
  const type: EntityType = known ?? (span.type === 'PER' ? 'ORG' : span.type);
  return { ...span, type, e };
}

/**
 * The role right before a person's name: the capitalised words before it, from the first role
 * word among them ("Wakil Ketua DPR" before "Fadli Zon", "Prime Minister" before "Anthony
 * Albanese"). Null without a role word there.
 */
export function roleTextBefore(sv: SentenceView, s: number, pack: TextPack): string | null {
  const { tokens } = sv;
  let first = -1;
  for (let k = s - 1; k >= 0 && k >= s - 6; k--) {
    const t = tokens[k]!;
    if (t.text === '.' && !t.spaceBefore) continue;
    if (!t.cap || t.kind !== 'word') break;
    if (pack.roles.has(t.lower)) first = k;
  }
  if (first < 0) return null;
  return sv.text.slice(tokens[first]!.start, tokens[s - 1]!.end);
}

/**
 * "DPR Fadli Zon" (the head "DPR" runs on over its member's name): a place or organisation whose
 * last words are a person's full name ends before them when that person's role ends with the
 * rest ("Wakil Ketua DPR"). A hospital named after a person ("RSUD Sultan Syarif Mohamad
 * Alkadrie") keeps its name. `roles`: full names, lower case, to roles. Null when not cut.
 */
export function withoutPersonTail(
  name: string,
  roles: ReadonlyMap<string, string | null>,
): string | null {
  const lower = name.toLowerCase();
  for (let at = lower.indexOf(' '); at >= 0; at = lower.indexOf(' ', at + 1)) {
    const tail = lower.slice(at + 1);
    const role = roles.get(tail)?.toLowerCase();
    if (/\s/.test(tail) && role?.endsWith(lower.slice(0, at).trimEnd()))
      return name.slice(0, at).trimEnd();
  }
  return null;
}

/** A place's possessive ("Britain's"), a cue for a person's name after it ("Andy Murray"). */
export function placePossessive(token: Token | undefined, gazetteer: Gazetteer | null): boolean {
  const m = token ? POSSESSIVE.exec(token.text) : null;
  return !!m && gazetteerType(m[1]!.toLowerCase(), gazetteer) === 'LOC';
}

/**
 * Capitalised words alone beside a verb of saying ("Murray said", "kata Anies"), lower case: a
 * surname used for a speaker. Words the gazetteer knows, and the pack's organisation words
 * ("Police said"), are left out.
 */
export function loneSpeakers(
  sentences: readonly SentenceView[],
  pack: TextPack,
  gazetteer: Gazetteer | null,
): Set<string> {
  const out = new Set<string>();
  const verb = (t: Token | undefined) => !!t && !t.cap && pack.speechVerbs.has(t.lower);
  for (const sv of sentences) {
    const { tokens } = sv;
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' || !t.cap || !(verb(tokens[i + 1]) || verb(tokens[i - 1]))) return;
      if (tokens[i - 1]?.cap && tokens[i - 1]!.kind === 'word') return; // "Andy Murray said"
      if (tokens[i + 1]?.cap && tokens[i + 1]!.kind === 'word') return; // "said Andy Murray"
      if (gazetteerType(t.lower, gazetteer) || gazetteer?.orgHeads.has(t.lower)) return;
      out.add(t.lower);
    });
  }
  return out;
}

/**
 * "Tennis star Andy Murray" tagged an organisation and "Murray said" later: a name of two or
 * three words, none of them an organisation or place word, whose last word speaks alone.
 */
export function speakerNamed(
  name: string,
  speakers: ReadonlySet<string>,
  pack: TextPack,
  gazetteer: Gazetteer | null,
): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !speakers.has(words[words.length - 1]!)) return false;
  if (gazetteerType(words.join(' '), gazetteer)) return false;
  return !words.some(
    (w) =>
      gazetteer?.orgHeads.has(w) ||
      gazetteerType(w, gazetteer) ||
      pack.orgPostHeads.some((p) => p.length === 1 && p[0] === w),
  );
}
