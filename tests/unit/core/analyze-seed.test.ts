import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { nodeTaggers } from '../../../src/cli/ner-models';

interface Seed {
  title: string;
  publishedTime: string;
  paragraphs: string[];
}
const seed = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/seed-expected.json'), 'utf8'),
) as Seed;
// Through the trained tagger, as the extension reads it.
const digest = analyze(seed.paragraphs, {
  publishedTime: seed.publishedTime,
  title: seed.title,
  taggers: nodeTaggers(),
});
const { facts, sentences } = digest;

describe('the seed article', () => {
  it('is Indonesian and every sentence is a verbatim piece of its paragraph', () => {
    expect(digest.lang).toBe('id');
    const all = seed.paragraphs.join('\n');
    for (const s of sentences) expect(all).toContain(s);
  });

  it('finds the people with their roles', () => {
    const sufrianor = facts.people.find((p) => p.name === 'Sufrianor');
    expect(sufrianor?.role).toBe('Penjabat Sekretaris Daerah Balangan');
    const amirullah = facts.people.find((p) => p.name === 'Amirullah');
    expect(amirullah?.role).toContain('Sekretaris Daerah Kota Pontianak');
    expect(amirullah?.role).toContain('Ketua Dewan Pengawas');
    // Sentence starts are not people.
    for (const notPerson of [
      'Rombongan',
      'Sementara',
      'Meskipun',
      'Kondisi',
      'Sebagai',
      'Ia',
      'Balangan',
    ]) {
      expect(facts.people.map((p) => p.name)).not.toContain(notPerson);
    }
  });

  it('finds the places and the hospital', () => {
    const places = facts.places.map((p) => p.name);
    for (const place of [
      'Kabupaten Balangan',
      'Kalimantan Selatan',
      'Kota Pontianak',
      'Provinsi Kalimantan Barat',
      'Hulu Sungai Utara',
    ]) {
      expect(places).toContain(place);
    }
    const orgs = facts.organizations.map((o) => o.name);
    expect(orgs).toContain('RSUD Sultan Syarif Mohamad Alkadrie');
    expect(orgs).toContain('RSUD SSMA');
    expect(orgs).toContain('Kementerian Dalam Negeri');
    expect(orgs).toContain('Dinas Kependudukan dan Pencatatan Sipil');
  });

  it('finds the date of the visit, the founding year, the population and the beds', () => {
    const visit = facts.dates.find((d) => d.text === 'Senin (1/12/25)');
    expect(visit?.iso).toBe('2025-12-01');
    expect(visit?.confidence).toBe(1);
    expect(facts.dates.find((d) => d.iso === '2003')?.text).toBe('2003');
    expect(facts.numbers).toContainEqual(
      expect.objectContaining({ text: '130.000 jiwa', value: 130000, unit: 'jiwa' }),
    );
    expect(facts.numbers).toContainEqual(
      expect.objectContaining({ text: '168 tempat tidur', value: 168, unit: 'tempat tidur' }),
    );
  });

  it('attributes the three quotes', () => {
    expect(facts.quotes.map((q) => q.speaker)).toEqual(['Sufrianor', 'Amirullah', 'Amirullah']);
    expect(facts.quotes[0]!.text.startsWith('Rumah sakit kami')).toBe(true);
  });

  it('cites sentences faithfully: every fact text is in the sentence it names', () => {
    for (const list of [facts.dates, facts.numbers, facts.quotes]) {
      for (const f of list) expect(sentences[f.sentence]).toContain(f.text);
    }
    for (const p of facts.people) expect(sentences[p.sentence]).toContain(p.name);
    for (const p of [...facts.places, ...facts.organizations])
      expect(sentences[p.sentence]).toContain(p.name);
    for (const t of facts.top) {
      if (t.kind !== 'quote') expect(sentences[t.sentence]).toContain(t.label);
    }
    expect(facts.top.length).toBeLessThanOrEqual(8);
    expect(facts.top.map((t) => t.label)).toContain('Sufrianor');
  });

  it('summarises what the visit was about, in article order', () => {
    expect(digest.summary).toHaveLength(3);
    const indices = digest.summary.map((s) => s.sentence);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    expect(digest.summary[0]!.text).toContain('kunjungan kerja');
    expect(digest.summary[0]!.text).toContain('Zona Integritas');
    expect(digest.summary[0]!.text.startsWith('HABARTerkini')).toBe(false);
    for (const s of digest.summary) expect(sentences[s.sentence]).toContain(s.text);
  });
});
