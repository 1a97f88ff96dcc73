// People and their roles: names after a title ("H.", "Dr."), beside a verb of saying ("kata X",
// "X said"), with a role appositive ("X, the mayor of Y,"); short names merged into full ones;
// and every later mention of a known person.
import type { PersonFact } from '../types';
import type { TextPack } from '../text/packs';
import { insideQuote, type DocumentView, type SentenceView } from './document';
import { addPerson, type Finder } from './found-names';
import { matchAny, matchPhrase, nameLike, prevWord, subRuns, textOf, type Run } from './name-runs';

export interface Mention {
  sentence: number;
  offset: number;
  person: PersonFact;
}

/** The role a run names, from its first role word ("Rombongan ... Penjabat Sekretaris ..."). */
export function roleIn(sv: SentenceView, run: Run, pack: TextPack): string | null {
  for (let i = run.s; i < run.e; i++) {
    if (pack.roles.has(sv.tokens[i]!.lower)) return textOf(sv, i, run.e);
  }
  return null;
}

/** "X, yang juga menjabat sebagai Ketua ..." / "X, the mayor of Y,": the role after a name. */
export function appositiveRole(sv: SentenceView, after: number, pack: TextPack): string | null {
  const { tokens } = sv;
  if (tokens[after]?.text !== ',') return null;
  let k = after + 1;
  const startEnd = matchAny(tokens, k, pack.roleAppositiveStarts);
  if (startEnd > 0) k = startEnd;
  else if (!(tokens[k] && pack.roles.has(tokens[k]!.lower))) return null;
  let end = k;
  while (end < tokens.length && end - k < 12 && !/^[,.;:!?()"“”]$/.test(tokens[end]!.text)) end++;
  if (end === k || (tokens[end]?.text !== ',' && tokens[end]?.text !== '.')) return null;
  for (let i = k; i < end; i++) {
    if (pack.roles.has(tokens[i]!.lower)) return textOf(sv, k, end);
  }
  return null;
}

export function personCues(f: Finder, sv: SentenceView, run: Run, runs: Run[]): void {
  const { tokens } = sv;
  const { pack } = f;
  for (const sub of subRuns(tokens, run, pack)) {
    let s = sub.s;
    // Titles: "H. Abdul", "Dr. Budi", "Bapak Joko", "Mr. Smith".
    let titled =
      pack.titles.has(prevWord(tokens, s)?.lower ?? '') &&
      prevWord(tokens, s)!.end <= tokens[s]!.start;
    while (s < sub.e - 1 && (pack.titles.has(tokens[s]!.lower) || tokens[s]!.text === '.')) {
      titled = true;
      s++;
    }
    if (!nameLike(tokens, s, sub.e, pack)) continue;
    const name = textOf(sv, s, sub.e);
    const before = prevWord(tokens, s);
    const beforeComma = prevWord(tokens, s, true);
    const after = tokens[sub.e];
    const afterNext = tokens[sub.e + 1];
    // "Penjabat Sekretaris Daerah Balangan, Sufrianor," - the role run just before the comma.
    if (tokens[s - 1]?.text === ',') {
      const roleRun = runs.find((r) => r.e === s - 1);
      const role = roleRun ? roleIn(sv, roleRun, pack) : null;
      if (role && (!after || /^[,.;:)]$/.test(after.text) || !after.cap)) {
        addPerson(f, name, role, sv.index);
        continue;
      }
    }
    const apposition = appositiveRole(sv, sub.e, pack);
    if (apposition) {
      addPerson(f, name, apposition, sv.index);
      continue;
    }
    const saidBefore = beforeComma && pack.speechVerbs.has(beforeComma.lower) && !beforeComma.cap;
    const attributed = pack.attributionPhrases.some(
      (p) => matchPhrase(tokens, s - p.length, p) === s,
    );
    const reportAfter =
      (after && pack.reportVerbs.has(after.lower) && !after.cap) ||
      (after &&
        pack.stopwords.has(after.lower) &&
        !after.cap &&
        afterNext &&
        pack.reportVerbs.has(afterNext.lower));
    if (titled || saidBefore || attributed || reportAfter) {
      if (!(before && pack.roles.has(before.lower))) addPerson(f, name, null, sv.index);
    }
  }
}

/** "Marquez" after "Marc Marquez" is the same person: keep the full name, with both roles. */
export function mergeShortNames(people: PersonFact[]): PersonFact[] {
  return people.filter((p) => {
    if (/\s/.test(p.name)) return true;
    const full = people.find((q) => q !== p && q.name.split(/\s+/).includes(p.name));
    if (!full) return true;
    if (p.role && !full.role) full.role = p.role;
    full.sentence = Math.min(full.sentence, p.sentence);
    return false;
  });
}

/** Every mention of a known person by full name or by a name part that only they have. */
export function findMentions(
  doc: DocumentView,
  headless: Run[][],
  people: PersonFact[],
): Mention[] {
  const byName = new Map<string, PersonFact | null>();
  for (const p of people) byName.set(p.name.toLowerCase(), p);
  for (const p of people) {
    for (const part of p.name.toLowerCase().split(/\s+/)) {
      if (part.length < 3 || doc.pack.lowercaseNameParts.has(part)) continue;
      const other = byName.get(part);
      if (other === undefined) byName.set(part, p);
      else if (other !== p && other?.name.toLowerCase() !== part) byName.set(part, null);
    }
  }
  const mentions: Mention[] = [];
  doc.sentences.forEach((sv, i) => {
    for (const run of headless[i]!) {
      for (const sub of subRuns(sv.tokens, run, doc.pack)) {
        let s = sub.s;
        while (
          s < sub.e - 1 &&
          (doc.pack.titles.has(sv.tokens[s]!.lower) || sv.tokens[s]!.text === '.')
        )
          s++;
        const name = textOf(sv, s, sub.e).toLowerCase();
        const offset = sv.tokens[s]!.start;
        const person =
          byName.get(name) ?? (sub.e - s === 1 ? null : byName.get(sv.tokens[sub.e - 1]!.lower));
        if (person && !insideQuote(sv, offset)) mentions.push({ sentence: i, offset, person });
      }
    }
  });
  return mentions;
}
