// The whole pipeline on pages a reader meets: an article, and pages that are not articles.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPage } from '../../../src/core/read-page';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures', name), 'utf8');
const read = (html: string, url = 'https://news.example/a') =>
  readPage(parseHTML(html).document as unknown as Document, url);

describe('readPage', () => {
  it('reads the seed article with its digest', () => {
    const result = read(
      fixture('seed-page.html'),
      'https://habarterkini.net/2025/12/01/pemkab-balangan-pelajari-zona-integritas-di-rsud-ssma-pontianak/',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.lang).toBe('id');
    expect(result.digest.sentences.length).toBeGreaterThan(10);
    expect(result.digest.summary).toHaveLength(3);
    expect(result.digest.facts.people.map((p) => p.name)).toContain('Sufrianor');
  });
  // Issue 13, item 5: the article's canonical URL (the library's key, "Open original") stays on
  // the page's own origin.
  it('ignores a canonical link to another origin and keeps one on the same site', () => {
    const page = (canonical: string) =>
      fixture('seed-page.html').replace(
        /<head>/i,
        `<head><link rel="canonical" href="${canonical}">`,
      );
    const url = 'https://habarterkini.net/2025/12/01/pemkab/';
    const cross = read(page('https://bank.example/login'), url);
    expect(cross.ok && cross.article.canonicalUrl).toBe(url);
    const same = read(page('https://www.habarterkini.net/2025/12/01/pemkab-balangan/'), url);
    expect(same.ok && same.article.canonicalUrl).toBe(
      'https://www.habarterkini.net/2025/12/01/pemkab-balangan/',
    );
  });
  it('says a sign-in page has no article', () => {
    expect(read(fixture('not-article.html'))).toMatchObject({ ok: false, reason: 'not-article' });
  });
  it('says an empty page has no article', () => {
    expect(
      read('<!doctype html><html><head><title>x</title></head><body></body></html>'),
    ).toMatchObject({ ok: false, reason: 'not-article' });
  });
  it('keeps a short news brief that is still an article', () => {
    const brief = `<html><head><title>Brief</title></head><body><article><h1>Jembatan ditutup</h1><p>${'Jembatan di Jalan Sudirman ditutup sementara mulai Senin untuk perbaikan, kata Dinas Pekerjaan Umum kota dalam keterangan tertulisnya kepada wartawan. Pengendara diminta memakai jalan lain selama dua pekan.'}</p></article></body></html>`;
    expect(read(brief)).toMatchObject({ ok: true });
  });
  it('gives the summary length the reader asked for', () => {
    const result = readPage(
      parseHTML(fixture('seed-page.html')).document as unknown as Document,
      'https://habarterkini.net/x',
      { summarySentences: 5 },
    );
    expect(result.ok && result.digest.summary.length).toBe(5);
  });
});
