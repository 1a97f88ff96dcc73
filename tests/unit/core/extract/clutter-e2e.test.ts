// Issue 12's clutter list, read as a new user would meet it: a whole page through readPage, the
// line gone from the article's text (or the date moved where it belongs).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../../src/core/read-page';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const PROSE = [
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned.',
  'Drivers were asked to use the old bridge for two more weeks while the last lane was painted and the signs were put up along the way.',
  'Shop owners on the main street said that the works had kept customers away for months, and that they hoped the road would bring them back.',
  'The minister is expected to open the road himself, and the council has planned a small ceremony with the schools of the town in attendance.',
];

function page(lead: string, extra = '', head = ''): Document {
  return doc(
    `<html lang="en"><head><title>Road opens</title>${head}</head><body><article><h1>Road opens</h1>${lead}${PROSE.map((p) => `<p>${p}</p>`).join('')}${extra}</article></body></html>`,
  );
}

function read(d: Document) {
  const result = readPage(d, 'https://news.example/road');
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('clutter a new user met (issue 12)', () => {
  it.each([
    ['pt', 'Tempo de leitura: 1 minuto'],
    ['en', '3 min read'],
    ['id', 'Waktu baca 2 menit'],
    ['ms', 'Masa membaca: 2 minit'],
    ['de', 'Lesezeit: 4 Minuten'],
    ['es', 'Tiempo de lectura: 3 minutos'],
    ['fr', 'Temps de lecture : 3 minutes'],
    ['it', 'Tempo di lettura: 3 minuti'],
    ['nl', 'Leestijd: 3 minuten'],
  ])('the reading-time line of %s ("%s") leaves the text', (_lang, line) => {
    const { article } = read(page(`<p>${line}</p>`));
    expect(article.text).not.toContain(line);
    expect(article.text).toContain(PROSE[0]);
  });

  it('"Media caption …" and "Image copyright …" leave the text', () => {
    const { article } = read(
      page(
        '<p>Image copyright Getty Images</p><p>Media caption Protesters gathered outside parliament on Monday</p>',
      ),
    );
    expect(article.text).not.toMatch(/Image copyright|Media caption/);
    expect(article.text).toContain(PROSE[3]);
  });

  it('a dateline opening the article does not open the summary', () => {
    const lead = `KUCHING, Oct 9 \u2014 ${PROSE[0]}`;
    const d = page('', '', '');
    const first = d.querySelector('article p') as Element;
    first.textContent = lead;
    const { digest } = read(d);
    expect(digest.summary[0]?.text.startsWith('KUCHING')).toBe(false);
    expect(digest.summary.some((s) => s.text.startsWith('The council said'))).toBe(true);
  });

  it('a byline holding the date gives the date to publishedTime, the name to the byline', () => {
    const { article } = read(
      page('', '', '<meta name="author" content="Associated Press November 19, 2019, 9:02 AM">'),
    );
    expect(article.byline).toBe('Associated Press');
    expect(article.publishedTime?.slice(0, 10)).toBe('2019-11-19');
  });
});
