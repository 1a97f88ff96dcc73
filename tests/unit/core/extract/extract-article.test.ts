import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../../src/core/read-page';
import { extractArticle } from '../../../../src/core/extract/extract-article';
import type { Article } from '../../../../src/core/types';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', '..', 'fixtures');
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function read(html: string, url = 'https://example.com/news/2025/story.html'): Article {
  const result = extractArticle(parse(html), url);
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

const LONG = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraf ${i + 1}: pemerintah daerah menyampaikan bahwa pembangunan jalan dan jembatan di wilayah timur akan selesai tahun depan, setelah dua tahun pekerjaan yang menelan biaya besar dan melibatkan ratusan pekerja dari desa sekitar.</p>`,
).join('');

describe('extractArticle on the seed page', () => {
  const expected = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, 'seed-expected.json'), 'utf8'),
  ) as {
    url: string;
    title: string;
    siteName: string;
    lang: string;
    publishedTime: string;
    paragraphs: string[];
    clutter: string[];
  };
  const article = read(
    fs.readFileSync(path.join(FIXTURES, 'seed-page.html'), 'utf8'),
    expected.url,
  );

  it('keeps every paragraph', () => {
    for (const p of expected.paragraphs) expect(article.text).toContain(p);
  });
  it('drops every clutter string', () => {
    for (const c of expected.clutter) expect(article.text).not.toContain(c);
  });
  it('reads the metadata', () => {
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.lang).toBe(expected.lang);
    expect(article.publishedTime).toBe(expected.publishedTime);
    expect(article.canonicalUrl).toBe(expected.url);
    expect(article.leadImage).toMatch(/^https:\/\/habarterkini\.net\/.+\.jpg$/);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });
  it('says what it removed', () => {
    const kinds = article.removed.map((r) => r.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['share', 'comments', 'related', 'mobile-switcher']),
    );
  });
  it('separates paragraphs by a blank line', () => {
    expect(article.text.split('\n\n')).toHaveLength(expected.paragraphs.length);
  });
});

describe('extractArticle on real pages', () => {
  const pages = fs
    .readdirSync(path.join(FIXTURES, 'pages'))
    .filter((f) => f.endsWith('.expected.json'));
  it.each(pages)('%s', (file) => {
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'pages', file), 'utf8')) as {
      url: string;
      paragraphs: string[];
      clutter: string[];
    };
    const html = gunzipSync(
      fs.readFileSync(path.join(FIXTURES, 'pages', file.replace('.expected.json', '.html.gz'))),
    ).toString('utf8');
    const text = norm(read(html, expected.url).text);
    for (const p of expected.paragraphs) expect(text).toContain(p);
    for (const c of expected.clutter) expect(text).not.toContain(c);
  });
});

describe('extractArticle failures are typed, never thrown', () => {
  it('refuses 200,000 elements quickly', () => {
    const doc = parse(`<html><body>${'<span>x</span>'.repeat(200_000)}</body></html>`);
    expect(extractArticle(doc, 'https://example.com/')).toEqual({
      ok: false,
      reason: 'too-large',
      message: 'This page is too large to read.',
    });
  });
  it('refuses 10,000 levels of nesting', () => {
    const doc = parse(
      `<html><body>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`,
    );
    const result = extractArticle(doc, 'https://example.com/');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('too-large');
  });
  it('refuses 50 MB of text', () => {
    const doc = parse(`<html><body><p>${'kata '.repeat(10_000_000)}</p></body></html>`);
    const result = extractArticle(doc, 'https://example.com/');
    expect(result.ok ? 'ok' : result.reason).toBe('too-large');
  });
  it('reports a page without an article', () => {
    const result = readPage(
      parse('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      'https://example.com/',
    );
    expect(result.ok ? 'ok' : result.reason).toBe('not-article');
  });
  it('reports an error for a broken document instead of throwing', () => {
    const broken = {
      documentElement: {},
      cloneNode: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    const result = extractArticle(broken, 'https://example.com/');
    expect(result.ok).toBe(false);
  });
});

describe('extractArticle leaves the live document alone', () => {
  it('runs Readability on a clone unless told the document is disposable', () => {
    const doc = parse(
      `<html><head><title>Judul</title></head><body><article>${LONG}</article><script>var x = 1;</script></body></html>`,
    );
    const before = doc.body.textContent;
    expect(extractArticle(doc, 'https://example.com/a').ok).toBe(true);
    expect(doc.querySelector('script')).not.toBeNull();
    expect(doc.body.textContent).toBe(before);
  });
});

describe('extractArticle media, links and metadata', () => {
  const html = `<html lang="en-US"><head>
    <title>Jembatan Baru Dibuka | Kabar Daerah</title>
    <meta property="og:site_name" content="Kabar Daerah">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T08:30:00+0700","author":{"@type":"Person","name":"Siti Rahma"}}</script>
    </head><body><article><h1>Jembatan Baru Dibuka</h1>
    <figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/jembatan.jpg" alt="Jembatan"><figcaption>Jembatan baru di Paringin.</figcaption></figure>
    ${LONG}<p>Lihat <a href="/peta/jembatan">peta lokasi</a> dan <a href="#catatan">catatan</a>.</p>
    <img src="x.png" srcset="/a-1x.png 1x, /a-2x.png 2x">
    </article></body></html>`;
  const article = read(html, 'https://kabar.example/berita/2024/jembatan.html');

  it('strips the site name from the title', () =>
    expect(article.title).toBe('Jembatan Baru Dibuka'));
  it('reads byline and date from JSON-LD, the date as ISO 8601 with its offset', () => {
    expect(article.byline).toBe('Siti Rahma');
    expect(article.publishedTime).toBe('2024-03-05T08:30:00+07:00');
  });
  it('trusts the text over a theme default lang="en-US"', () => expect(article.lang).toBe('id'));
  it('resolves lazy images and srcsets to absolute URLs', () => {
    expect(article.html).toContain('src="https://kabar.example/img/jembatan.jpg"');
    expect(article.html).toContain('https://kabar.example/a-2x.png 2x');
  });
  it('makes links absolute and leaves in-page anchors', () => {
    expect(article.html).toContain('href="https://kabar.example/peta/jembatan"');
    expect(article.html).toContain('href="#catatan"');
  });
  it('keeps the figure caption in the HTML but not in the text', () => {
    expect(article.html).toMatch(/<figcaption>Jembatan baru di Paringin\.<\/figcaption>/);
    expect(article.text).not.toContain('Jembatan baru di Paringin');
  });
  it('counts words and reading time', () => {
    expect(article.wordCount).toBeGreaterThan(150);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(article.wordCount / 190)));
  });
});
