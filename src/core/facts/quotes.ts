// Quotes with their speaker, one per quoted passage: '"...," ujar X', '"...," ungkapnya' (the
// last person named before), '"...," X said', '"...," said X', 'according to X', and 'X
// mengatakan, "..."'. The speaker is null when the text does not say.
import type { QuoteFact } from '../types';
import type { TextPack } from '../text/packs';
import type { Token } from '../text/tokens';
import { capitalisedRuns } from './name-runs';
import type { Mention } from './people';
import type { DocumentView, SentenceView } from './document';

/** Shorter passages without attribution or final punctuation are titles or terms, not quotes. */
const MIN_QUOTE_WORDS = 4;
const LONG_QUOTE_WORDS = 8;
const ENDS_LIKE_SPEECH = /[,.!?…]\s*$/u;

function lastMentionBefore(mentions: Mention[], sentence: number, offset: number): string | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.sentence < sentence || (m.sentence === sentence && m.offset < offset)) best = m;
    else break;
  }
  return best?.person.name ?? null;
}

function firstTokenAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}

/** The name a run of capitalised words starting at token i stands for, resolved to a person. */
function nameAt(
  sv: SentenceView,
  i: number,
  pack: TextPack,
  known: Map<string, string>,
): string | null {
  const runs = capitalisedRuns(sv, pack);
  const run = runs.find((r) => r.s === i);
  if (!run) return null;
  let s = run.s;
  while (s < run.e - 1 && (pack.titles.has(sv.tokens[s]!.lower) || sv.tokens[s]!.text === '.')) s++;
  // "kata Kepala Dinas Kesehatan, Budi": a role run, then the name after the comma.
  if (pack.roles.has(sv.tokens[s]!.lower) && sv.tokens[run.e]?.text === ',') {
    const after = runs.find((r) => r.s === run.e + 1);
    if (after)
      return resolve(sv.text.slice(sv.tokens[after.s]!.start, sv.tokens[after.e - 1]!.end), known);
  }
  if (pack.notNames.has(sv.tokens[s]!.lower) || pack.stopwords.has(sv.tokens[s]!.lower))
    return null;
  return resolve(sv.text.slice(sv.tokens[s]!.start, sv.tokens[run.e - 1]!.end), known);
}

function resolve(name: string, known: Map<string, string>): string {
  return known.get(name.toLowerCase()) ?? name;
}

function speakerAfter(
  sv: SentenceView,
  openStart: number,
  closeEnd: number,
  pack: TextPack,
  known: Map<string, string>,
  mentions: Mention[],
): string | null | undefined {
  const { tokens } = sv;
  let i = firstTokenAt(tokens, closeEnd);
  while (tokens[i] && /^[,:;]$/.test(tokens[i]!.text)) i++;
  const t = tokens[i];
  if (!t) return undefined;
  const lower = t.lower;
  const suffix = pack.pronounSuffix;
  // "ungkapnya": the verb with the pronoun suffix, so the last person named before.
  if (suffix && lower.endsWith(suffix) && pack.speechVerbs.has(lower.slice(0, -suffix.length))) {
    return lastMentionBefore(mentions, sv.index, openStart) ?? null;
  }
  if (pack.speechVerbs.has(lower)) {
    const n = tokens[i + 1];
    if (n && pack.pronouns.has(n.lower)) return lastMentionBefore(mentions, sv.index, t.start);
    if (n?.cap) return nameAt(sv, i + 1, pack, known);
    return undefined;
  }
  // '"...," he said' / '"...," Smith said' / '"...," according to Smith'.
  if (pack.pronouns.has(lower) && tokens[i + 1] && pack.speechVerbs.has(tokens[i + 1]!.lower)) {
    return lastMentionBefore(mentions, sv.index, t.start);
  }
  for (const phrase of pack.attributionPhrases) {
    if (phrase.every((w, k) => tokens[i + k]?.lower === w) && tokens[i + phrase.length]?.cap) {
      return nameAt(sv, i + phrase.length, pack, known);
    }
  }
  if (t.cap) {
    const run = capitalisedRuns(sv, pack).find((r) => r.s === i);
    const verb = run ? tokens[run.e] : undefined;
    if (run && verb && (pack.speechVerbs.has(verb.lower) || pack.reportVerbs.has(verb.lower))) {
      return nameAt(sv, i, pack, known);
    }
  }
  return undefined;
}

/** 'X mengatakan, "..."': a verb of saying before the quote, in the same sentence. */
function speakerBefore(
  sv: SentenceView,
  openStart: number,
  pack: TextPack,
  known: Map<string, string>,
  mentions: Mention[],
): string | null | undefined {
  const { tokens } = sv;
  const end = firstTokenAt(tokens, openStart);
  let verbAt = -1;
  for (let i = end - 1; i >= 0 && i >= end - 3; i--) {
    if (pack.reportVerbs.has(tokens[i]!.lower) || pack.speechVerbs.has(tokens[i]!.lower))
      verbAt = i;
  }
  if (verbAt < 0) return undefined;
  const subject = tokens.slice(0, verbAt).findIndex((t) => t.kind === 'word');
  if (subject < 0) return undefined;
  if (pack.pronouns.has(tokens[subject]!.lower))
    return lastMentionBefore(mentions, sv.index, tokens[subject]!.start);
  // The subject opens the sentence ("Fey pada Metro mengatakan, ..."); else a person named before.
  const subjectName = tokens[subject]!.cap ? nameAt(sv, subject, pack, known) : null;
  if (subjectName) return subjectName;
  const inPrefix = mentions.find((m) => m.sentence === sv.index && m.offset < openStart);
  return inPrefix ? inPrefix.person.name : undefined;
}

export function findQuotes(
  doc: DocumentView,
  mentions: Mention[],
  people: { name: string }[],
): QuoteFact[] {
  const { pack } = doc;
  const known = new Map<string, string>();
  for (const p of people) {
    known.set(p.name.toLowerCase(), p.name);
    const parts = p.name.split(/\s+/);
    if (parts.length > 1) known.set(parts[parts.length - 1]!.toLowerCase(), p.name);
  }
  const out: QuoteFact[] = [];
  for (const sv of doc.sentences) {
    for (const q of sv.quotes) {
      const inner = sv.text.slice(q.start + 1, q.end - 1);
      const text = inner.trim().replace(/(?<!\s)\s*,$/u, '');
      const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      if (words < MIN_QUOTE_WORDS) continue;
      const after = speakerAfter(sv, q.start, q.end, pack, known, mentions);
      const before =
        after === undefined ? speakerBefore(sv, q.start, pack, known, mentions) : undefined;
      const attributed = after !== undefined || before !== undefined;
      if (!attributed && words < LONG_QUOTE_WORDS && !ENDS_LIKE_SPEECH.test(text)) continue;
      out.push({ text, speaker: after ?? before ?? null, sentence: sv.index });
    }
  }
  return out;
}
