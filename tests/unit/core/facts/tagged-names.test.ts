// The checks on a tagged name (src/core/facts/tagged-names.ts): roles inside a span, headings in
// capitals, and words for a people.
import { describe, expect, it } from 'vitest';
import {
  isDemonym,
  personStart,
  roleHolder,
  shouted,
} from '../../../../src/core/facts/tagged-names';
import { compileGazetteer, gazetteerMarks } from '../../../../src/core/ner/features';
import { getPack } from '../../../../src/core/text/packs';
import { tokenize } from '../../../../src/core/text/tokens';
import type { SentenceView } from '../../../../src/core/facts/document';

const en = getPack('en');
const gazetteer = compileGazetteer({
  places: ['south dakota', 'caribbean', 'dalian'],
  organizations: [],
  orgHeads: ['partai', 'party'],
});
const view = (text: string) => ({ text, tokens: tokenize(text) }) as unknown as SentenceView;
const words = (sv: SentenceView, s: number, e: number) =>
  sv.tokens
    .slice(s, e)
    .map((t) => t.text)
    .join(' ');

describe('roleHolder', () => {
  it('finds the holder after a role inside an organisation span', () => {
    const sv = view('Salesforce CEO Marc Benioff spoke');
    const found = roleHolder(sv, 0, 4, en, gazetteer)!;
    expect(words(sv, found.role, found.holder)).toBe('CEO');
    expect(words(sv, found.holder, found.end)).toBe('Marc Benioff');
  });
  it('reads a title with its dot as a role, and stops the name at a bracket', () => {
    const sv = view('South Dakota Gov. Kristi Noem (R) said');
    const found = roleHolder(sv, 0, sv.tokens.length - 1, en, gazetteer)!;
    expect(words(sv, 0, found.role)).toBe('South Dakota');
    expect(words(sv, found.holder, found.end)).toBe('Kristi Noem');
  });
  it('leaves names that start with a title of their own, and organisations after a role', () => {
    const cup = view('Lord Derby Cup');
    expect(roleHolder(cup, 0, 3, en, gazetteer)).toBeNull();
    const labour = view('Chairman Labour Party');
    expect(roleHolder(labour, 0, 3, en, gazetteer)).toBeNull();
    const party = view('President Party');
    expect(roleHolder(party, 0, 2, en, gazetteer)).toBeNull();
  });
  it('takes one word after a role for a surname when it ends the span', () => {
    const one = view('Prime Minister Modi');
    expect(roleHolder(one, 0, 3, en, gazetteer)).toEqual({ role: 0, holder: 2, end: 3 });
    // Not when the words before the role name nothing known: a peak named after a commander.
    const peak = view('Puncak Datuk Panglima Husin');
    expect(roleHolder(peak, 0, 4, getPack('id'), gazetteer)).toBeNull();
  });
});

describe('shouted', () => {
  it('takes two long words in capitals for a heading', () => {
    expect(shouted('KAZAKHSTAN WINS AGAIN')).toBe(true);
    expect(shouted('NEED TO MAKE JAM')).toBe(true);
  });
  it('keeps acronyms and names with one acronym', () => {
    expect(shouted('NASA')).toBe(false);
    expect(shouted('PT PLN')).toBe(false);
    expect(shouted('DPRD DKI Jakarta')).toBe(false);
    expect(shouted('BPJS Kesehatan')).toBe(false);
  });
});

describe('isDemonym', () => {
  it('knows words for a people, listed or by their ending', () => {
    for (const w of ['Russian', 'Jordanian', 'Chinese', 'Dutch', 'North American', 'Turkish'])
      expect(isDemonym(w, en, gazetteer), w).toBe(true);
  });
  it('keeps places the gazetteer knows and other names', () => {
    for (const w of ['Caribbean', 'Dalian', 'Russia', 'Indian Ocean', 'Moscow', 'Asia'])
      expect(isDemonym(w, en, gazetteer), w).toBe(false);
  });
  it('has no words for a language without the list', () => {
    expect(isDemonym('Russian', getPack('id'), gazetteer)).toBe(false);
  });
});

describe('personStart', () => {
  const id = getPack('id');
  const idGazetteer = compileGazetteer({
    places: ['jawa tengah'],
    organizations: [],
    orgHeads: [],
  });
  const start = (text: string, s: number) => {
    const sv = view(text);
    return personStart(sv, s, gazetteerMarks(sv.tokens, idGazetteer), id);
  };
  it('takes back the first name between a place or a role and the rest', () => {
    // "Gubernur Jawa Tengah Ganjar Pranowo": the tagger gave "Pranowo" (token 4).
    expect(start('Gubernur Jawa Tengah Ganjar Pranowo meninjau', 4)).toBe(3);
    expect(start('Kata Bupati Ganjar Pranowo kemarin', 3)).toBe(2);
  });
  it('leaves a name after an ordinary word, a role or a place', () => {
    expect(start('Menteri Keuangan Sri Mulyani hadir', 3)).toBe(3);
    expect(start('Gubernur Jawa Tengah Ganjar Pranowo meninjau', 3)).toBe(3);
    expect(start('Jawa Tengah Ganjar', 2)).toBe(2);
    expect(start('Bupati Ganjar', 1)).toBe(1);
  });
});
