// The registry of text language packs (src/core/lang/packs/<code>/text.json) and their compiled
// form. Algorithms read languages only through TextPack; adding a language is adding a JSON file
// and one line in RAW below. Every pack is merged with the language-neutral pack ("und").
import und from '../lang/packs/und/text.json';
import id from '../lang/packs/id/text.json';
import ms from '../lang/packs/ms/text.json';
import en from '../lang/packs/en/text.json';
import de from '../lang/packs/de/text.json';
import fr from '../lang/packs/fr/text.json';
import es from '../lang/packs/es/text.json';
import pt from '../lang/packs/pt/text.json';
import nl from '../lang/packs/nl/text.json';
import it from '../lang/packs/it/text.json';

/** What a pack file may hold. Only code and stopwords are required. */
export interface TextPackData {
  code: string;
  stopwords: string[];
  /** Words that tell this language from a close neighbour (Indonesian from Malay). */
  markers?: string[];
  /** Words that, followed by ".", do not end a sentence (lower case, without the dot). */
  abbreviations?: string[];
  /** Honorifics written before a name ("H.", "Dr.", "Bapak", "Mr."). */
  titles?: string[];
  /** Words that begin a role ("Sekretaris", "Bupati", "Mayor"). */
  roles?: string[];
  /** Role words written after the organisation they are of ("Salesforce CEO", "Google spokesman"). */
  rolesAfterOrganisation?: string[];
  /** Phrases that open a role after a name ("yang juga menjabat sebagai", "the"). */
  roleAppositiveStarts?: string[];
  /** Speech verbs after a quote ("ujar", "kata", "said"). */
  speechVerbs?: string[];
  /** Suffix that turns a speech verb into "he/she said" ("ujarnya"). */
  pronounSuffix?: string;
  /** Verbs of saying after a subject ("mengatakan", "said"). */
  reportVerbs?: string[];
  /** Phrases before a source ("menurut", "according to"). */
  attributionPhrases?: string[];
  pronouns?: string[];
  /** Twelve lists of month names and abbreviations, January first. */
  months?: string[][];
  /** Seven lists of weekday names, Sunday first. */
  weekdays?: string[][];
  relativeDays?: Record<string, number>;
  pastAfterWeekday?: string[];
  pastBeforeWeekday?: string[];
  nextAfterWeekday?: string[];
  nextBeforeWeekday?: string[];
  pastAfterMonth?: string[];
  /** Words after which a four-digit number is a year ("tahun", "sejak", "in"). */
  yearCues?: string[];
  numberFormat?: { decimal: string; group: string };
  /** How "1/12/2025" reads: day first ("dmy", the default) or month first ("mdy"). */
  numericDateOrder?: string;
  scales?: Record<string, number>;
  currencies?: Record<string, string>;
  units?: Record<string, string>;
  /** Words after which a number is a label, not a quantity ("No.", "Pasal"). */
  numberLabels?: string[];
  placeHeads?: string[];
  placePostHeads?: string[];
  placeSuffixes?: string[];
  placePrefixes?: string[];
  placePrepositions?: string[];
  orgHeads?: string[];
  orgPostHeads?: string[];
  orgSuffixes?: string[];
  /** Lower-case words allowed inside a proper name ("dan", "of"). */
  connectors?: string[];
  lowercaseNameParts?: string[];
  /** Capitalised words that never start or form a name (weekdays, pronouns, connectives). */
  notNames?: string[];
  /** Words for a people or a nation's ("Russian", "Dutch"): not places, not organisations. */
  demonyms?: string[];
  /** Endings of such words ("ian", "ese"), for a word the gazetteer does not know as a place. */
  demonymEndings?: string[];
}

/** A compiled pack: sets and maps built once, keys in lower case without a trailing dot. */
export interface TextPack {
  code: string;
  stopwords: Set<string>;
  abbreviations: Set<string>;
  titles: Set<string>;
  roles: Set<string>;
  rolesAfterOrganisation: Set<string>;
  roleAppositiveStarts: string[][];
  speechVerbs: Set<string>;
  pronounSuffix: string;
  reportVerbs: Set<string>;
  attributionPhrases: string[][];
  pronouns: Set<string>;
  monthByName: Map<string, number>;
  weekdayByName: Map<string, number>;
  relativeDays: { words: string[]; offset: number }[];
  pastAfterWeekday: Set<string>;
  pastBeforeWeekday: Set<string>;
  nextAfterWeekday: Set<string>;
  nextBeforeWeekday: Set<string>;
  pastAfterMonth: Set<string>;
  yearCues: Set<string>;
  decimal: string;
  group: string;
  numericDateOrder: 'dmy' | 'mdy';
  /** Case-sensitive first ("M" = miliar in Indonesian), then lower case. */
  scales: Map<string, number>;
  currencies: Map<string, string>;
  /** Unit phrases as word lists (longest first) with their normal form. */
  units: { words: string[]; unit: string }[];
  numberLabels: Set<string>;
  placeHeads: string[][];
  placePostHeads: string[][];
  placeSuffixes: Set<string>;
  placePrefixes: Set<string>;
  placePrepositions: Set<string>;
  orgHeads: string[][];
  orgPostHeads: string[][];
  orgSuffixes: Set<string>;
  connectors: Set<string>;
  lowercaseNameParts: Set<string>;
  notNames: Set<string>;
  demonyms: Set<string>;
  demonymEndings: string[];
}

const NEUTRAL: TextPackData = und;
const RAW: readonly TextPackData[] = [id, ms, en, de, fr, es, pt, nl, it];

export function packCodes(): string[] {
  return RAW.map((p) => p.code);
}

export function allRawPacks(): readonly TextPackData[] {
  return RAW;
}

const key = (s: string): string => s.toLowerCase().replace(/\.$/, '');
const words = (s: string): string[] => key(s).split(/\s+/).filter(Boolean);
const byLength = (a: string[], b: string[]): number => b.length - a.length;

function list(field: keyof TextPackData, data: TextPackData): string[] {
  const own = (data[field] as string[] | undefined) ?? [];
  const neutral = (NEUTRAL[field] as string[] | undefined) ?? [];
  return data === NEUTRAL ? own : [...own, ...neutral];
}

function record<T>(field: keyof TextPackData, data: TextPackData): [string, T][] {
  const own = Object.entries((data[field] as Record<string, T> | undefined) ?? {});
  const neutral = Object.entries((NEUTRAL[field] as Record<string, T> | undefined) ?? {});
  return data === NEUTRAL ? own : [...own, ...neutral];
}

function nameMap(lists: string[][] | undefined): Map<string, number> {
  const map = new Map<string, number>();
  (lists ?? []).forEach((names, index) => {
    for (const name of names) map.set(name.toLowerCase(), index);
  });
  return map;
}

export function compilePack(data: TextPackData): TextPack {
  const set = (field: keyof TextPackData): Set<string> => new Set(list(field, data).map(key));
  const phrases = (field: keyof TextPackData): string[][] =>
    list(field, data).map(words).sort(byLength);
  const scales = new Map<string, number>();
  for (const [name, value] of record<number>('scales', data)) {
    scales.set(name, value);
    if (name.length > 2) scales.set(name.toLowerCase(), value);
  }
  return {
    code: data.code,
    stopwords: new Set(data.stopwords.map((w) => w.toLowerCase())),
    abbreviations: set('abbreviations'),
    titles: set('titles'),
    roles: set('roles'),
    rolesAfterOrganisation: set('rolesAfterOrganisation'),
    roleAppositiveStarts: phrases('roleAppositiveStarts'),
    speechVerbs: set('speechVerbs'),
    pronounSuffix: data.pronounSuffix ?? '',
    reportVerbs: set('reportVerbs'),
    attributionPhrases: phrases('attributionPhrases'),
    pronouns: set('pronouns'),
    monthByName: nameMap(data.months),
    weekdayByName: nameMap(data.weekdays),
    relativeDays: record<number>('relativeDays', data)
      .map(([phrase, offset]) => ({ words: words(phrase), offset }))
      .sort((a, b) => byLength(a.words, b.words)),
    pastAfterWeekday: set('pastAfterWeekday'),
    pastBeforeWeekday: set('pastBeforeWeekday'),
    nextAfterWeekday: set('nextAfterWeekday'),
    nextBeforeWeekday: set('nextBeforeWeekday'),
    pastAfterMonth: set('pastAfterMonth'),
    yearCues: set('yearCues'),
    decimal: (data.numberFormat ?? NEUTRAL.numberFormat)?.decimal ?? '.',
    group: (data.numberFormat ?? NEUTRAL.numberFormat)?.group ?? ',',
    numericDateOrder: data.numericDateOrder === 'mdy' ? 'mdy' : 'dmy',
    scales,
    currencies: new Map(record<string>('currencies', data)),
    units: record<string>('units', data)
      .map(([phrase, unit]) => ({ words: words(phrase), unit }))
      .sort((a, b) => byLength(a.words, b.words)),
    numberLabels: set('numberLabels'),
    placeHeads: phrases('placeHeads'),
    placePostHeads: phrases('placePostHeads'),
    placeSuffixes: set('placeSuffixes'),
    placePrefixes: set('placePrefixes'),
    placePrepositions: set('placePrepositions'),
    orgHeads: phrases('orgHeads'),
    orgPostHeads: phrases('orgPostHeads'),
    orgSuffixes: set('orgSuffixes'),
    connectors: set('connectors'),
    lowercaseNameParts: set('lowercaseNameParts'),
    notNames: set('notNames'),
    demonyms: set('demonyms'),
    demonymEndings: list('demonymEndings', data).map(key),
  };
}

const compiled = new Map<string, TextPack>();

/** The compiled pack for a language code; unknown codes get the language-neutral pack. */
export function getPack(code: string | null | undefined): TextPack {
  const wanted = (code ?? 'und').toLowerCase().split('-')[0] ?? 'und';
  let pack = compiled.get(wanted);
  if (!pack) {
    const data = RAW.find((p) => p.code === wanted) ?? NEUTRAL;
    pack = compilePack(data);
    compiled.set(wanted, pack);
  }
  return pack;
}
