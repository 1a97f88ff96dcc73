// Table tests of the spans the tagger joins that are two things (src/core/facts/tagged-splits.ts),
// through analyze() as a page gets it, per language; and the split functions on their own.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { nodeTaggers } from '../../../../src/cli/ner-models';
import { withoutPersonTail } from '../../../../src/core/facts/tagged-splits';

const taggers = nodeTaggers();
const facts = (text: string, lang: string) =>
  analyze(text.split(/\n\n/), { lang, publishedTime: '2025-12-01', taggers }).facts;
const names = (list: { name: string }[]) => list.map((x) => x.name);
const mentions = (list: { name: string }[], part: string) =>
  names(list).filter((n) => n.toLowerCase().includes(part.toLowerCase()));

describe('en', () => {
  it("a place's possessive before a name: the place, and the person (Britain's Andy Murray)", () => {
    const f = facts("Britain's Andy Murray beat the world number one on Sunday in London.", 'en');
    expect(mentions(f.organizations, 'Murray')).toEqual([]);
    expect(names(f.people)).toContain('Andy Murray');
    expect(names(f.places)).toContain('Britain');
  });
  it("a place's possessive at a person's name (China's Xi Jinping) is a cue for the person", () => {
    const f = facts("China's Xi Jinping met the press in the capital.", 'en');
    expect(names(f.people)).toContain('Xi Jinping');
  });
  it('a full name tagged an organisation is a person when its surname speaks alone later', () => {
    const f = facts('Tennis star Andy Murray won again.\n\nMurray said he was tired.', 'en');
    expect(mentions(f.organizations, 'Murray')).toEqual([]);
    expect(names(f.people)).toContain('Andy Murray');
  });
  it('an agency before "said" is not guessed a person', () => {
    expect(names(facts('Reuters said the market would recover soon.', 'en').people)).toEqual([]);
  });
  it('an organisation word that speaks is not a person ("United said")', () => {
    const f = facts('Manchester United won again.\n\nUnited said the fans were happy.', 'en');
    expect(names(f.people)).toEqual([]);
  });
  it.each([
    ['Investors cheered when the Salesforce CEO announced the deal.', 'Salesforce'],
    ['The Google spokesman said the service was restored.', 'Google'],
  ])('a role after its organisation is no part of it: %s', (text, org) => {
    const f = facts(text, 'en');
    expect(names(f.organizations)).toEqual([org]);
    expect(names(f.people)).toEqual([]);
  });
  it('a role before a tagged name is the person\'s role ("Salesforce CEO Marc Benioff")', () => {
    const f = facts('Salesforce CEO Marc Benioff said the deal was done.', 'en');
    expect(f.people.find((p) => p.name === 'Marc Benioff')?.role).toBe('CEO');
  });
});

describe('id', () => {
  it('role + organisation + person: the person with the role, and the organisation alone', () => {
    const f = facts('Wakil Ketua DPR Fadli Zon mengatakan hal itu di Jakarta.', 'id');
    expect(f.people.find((p) => p.name === 'Fadli Zon')?.role).toBe('Wakil Ketua DPR');
    expect(names(f.organizations)).toContain('DPR');
    expect(mentions(f.organizations, 'Fadli')).toEqual([]);
  });
  it('the same after "Menurut", with a comma after the name', () => {
    const f = facts('Menurut Kepala BMKG Dwikorita Karnawati, cuaca ekstrem masih terjadi.', 'id');
    expect(f.people.find((p) => p.name === 'Dwikorita Karnawati')?.role).toBe('Kepala BMKG');
    expect(mentions(f.organizations, 'Dwikorita')).toEqual([]);
  });
  it('an Indonesian role after the organisation is not cut ("Unit Kerja Presiden")', () => {
    const f = facts('Kepala Unit Kerja Presiden hadir dalam rapat di Bogor.', 'id');
    expect(mentions(f.organizations, 'Unit Kerja Presiden').length).toBeLessThanOrEqual(1);
    expect(names(f.organizations)).not.toContain('Unit Kerja');
  });
});

describe('withoutPersonTail', () => {
  const people = new Map([
    ['fadli zon', 'Wakil Ketua DPR'],
    ['syarif mohamad alkadrie', null],
    ['andy murray', 'Tennis star'],
  ]);
  it.each([
    ['DPR Fadli Zon', 'DPR'],
    ['Dewan Perwakilan Rakyat Fadli Zon', null],
    ['RSUD Sultan Syarif Mohamad Alkadrie', null],
    ['RSUD Syarif Mohamad Alkadrie', null],
    ['DPR', null],
    ['Zon Murray', null],
    ['Fadli Zon', null],
  ])('%s -> %s', (name, cut) => {
    expect(withoutPersonTail(name, people)).toBe(cut);
  });
});
