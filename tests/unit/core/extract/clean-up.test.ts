// Table-driven tests of the clean-up rules: for each rule, blocks that must go and look-alikes
// that must stay. Each case is an article of real-length paragraphs with the block placed where
// pages put it.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanUp } from '../../../../src/core/extract/clean-up';
import { plainText } from '../../../../src/core/extract/plain-text';

const PARAGRAPHS = [
  'Pemerintah Kabupaten Balangan melaksanakan kunjungan kerja ke Pemerintah Kota Pontianak guna mendalami penerapan Zona Integritas menuju predikat Wilayah Birokrasi Bersih dan Melayani.',
  'Sufrianor menjelaskan bahwa hingga saat ini Balangan baru memiliki dua perangkat daerah yang berhasil meraih predikat Wilayah Bebas dari Korupsi, yakni Dinas Kependudukan dan Pencatatan Sipil.',
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned, and that traffic on the old bridge would fall by half.',
  'Residents who spoke at the meeting welcomed the plan but asked for a footpath on both sides of the road, which the council promised to study before the final design is approved.',
];

function article(before: string, middle: string, after: string): Element {
  const [a, b, c, d] = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  const { document } = parseHTML(
    `<html><body><div id="root"><div>${before}${a}${b}${middle}${c}${d}${after}</div></div></body></html>`,
  );
  return document.getElementById('root') as unknown as Element;
}

function clean(before: string, middle: string, after: string): { text: string; kinds: string[] } {
  const root = article(before, middle, after);
  const { removed } = cleanUp(root, {
    title: 'Pemkab Balangan Pelajari Zona Integritas',
    byline: 'Budi Santoso',
  });
  return { text: plainText(root), kinds: removed.map((r) => r.kind) };
}

interface Case {
  name: string;
  at: 'before' | 'middle' | 'after';
  html: string;
  /** A string of the block: gone when it is clutter, kept when it is a look-alike. */
  probe: string;
  kind?: string;
}

function place(c: Case): [string, string, string] {
  return [
    c.at === 'before' ? c.html : '',
    c.at === 'middle' ? c.html : '',
    c.at === 'after' ? c.html : '',
  ];
}

const REMOVED: Case[] = [
  {
    name: 'share label (en)',
    at: 'after',
    html: '<p><strong>Share.</strong></p>',
    probe: 'Share',
    kind: 'share',
  },
  {
    name: 'share label (id)',
    at: 'after',
    html: '<p>Bagikan</p>',
    probe: 'Bagikan',
    kind: 'share',
  },
  {
    name: 'share label (pt)',
    at: 'after',
    html: '<div>Compartilhe</div>',
    probe: 'Compartilhe',
    kind: 'share',
  },
  {
    name: 'share bar by class',
    at: 'after',
    html: '<div class="share-links"><a href="/fb">Facebook</a> <a href="/x">X</a> <a href="/wa">WhatsApp</a></div>',
    probe: 'WhatsApp',
    kind: 'share',
  },
  {
    name: 'reply form heading (en)',
    at: 'after',
    html: '<h3>Leave A Reply</h3>',
    probe: 'Leave A Reply',
    kind: 'comments',
  },
  {
    name: 'reply form heading (id)',
    at: 'after',
    html: '<h3>Tinggalkan Balasan</h3>',
    probe: 'Tinggalkan Balasan',
    kind: 'comments',
  },
  {
    name: 'comment count',
    at: 'after',
    html: '<p>Komentar</p>',
    probe: 'Komentar',
    kind: 'comments',
  },
  {
    name: 'inline "Baca juga" link',
    at: 'middle',
    html: '<p><strong>Baca juga:</strong> <a href="/a">Dua SKPD Balangan Raih Predikat WBK dari KemenPAN-RB</a></p>',
    probe: 'Dua SKPD Balangan',
    kind: 'related',
  },
  {
    name: 'inline "Baca Juga" without colon, linked',
    at: 'middle',
    html: '<p>Baca Juga <a href="/a">Harga Karet di Paringin Naik Tiga Pekan Berturut-turut</a></p>',
    probe: 'Harga Karet',
    kind: 'related',
  },
  {
    name: 'inline "Lihat juga Video:"',
    at: 'middle',
    html: '<p>Lihat juga Video: Cekcok Polisi dengan Ketua RT Gegara Parkir Mobil</p>',
    probe: 'Cekcok Polisi',
    kind: 'related',
  },
  {
    name: 'inline "Read more:"',
    at: 'middle',
    html: '<p>Read more: <a href="/b">Tencent profit falls as Alibaba threat weighs</a></p>',
    probe: 'Tencent profit',
    kind: 'related',
  },
  {
    name: '"Berita Terkait" heading with its list',
    at: 'after',
    html: '<h3>Berita Terkait</h3><ul><li><a href="/1">Bupati Resmikan Jembatan Desa Lok Batu</a></li><li><a href="/2">Harga Karet Naik</a></li></ul>',
    probe: 'Jembatan Desa',
    kind: 'related',
  },
  {
    name: '"Related" box by class',
    at: 'after',
    html: '<div class="related-posts"><h4>More</h4><ul><li><a href="/1">One story about roads</a></li><li><a href="/2">Another story</a></li></ul></div>',
    probe: 'One story',
    kind: 'related',
  },
  {
    name: 'trailing list of links',
    at: 'after',
    html: '<ul><li><a href="/1">Afghan woman politician sees Taliban talks as only hope</a></li><li><a href="/2">China invites Taliban for talks</a></li></ul>',
    probe: 'Afghan woman',
    kind: 'related',
  },
  {
    name: 'newsletter prompt',
    at: 'after',
    html: '<p>Sign up for our newsletter to get the latest news every morning</p>',
    probe: 'newsletter',
    kind: 'newsletter',
  },
  {
    name: 'advertisement label',
    at: 'middle',
    html: '<p>Advertisement</p>',
    probe: 'Advertisement',
    kind: 'ad',
  },
  {
    name: 'advertisement label (id)',
    at: 'middle',
    html: '<div>Iklan</div>',
    probe: 'Iklan',
    kind: 'ad',
  },
  {
    name: 'scroll to continue',
    at: 'middle',
    html: '<p>Scroll to continue with content</p>',
    probe: 'Scroll to continue',
    kind: 'ad',
  },
  {
    name: 'AMP mobile switcher',
    at: 'after',
    html: '<p><a href="?noamp=mobile">Exit mobile version</a></p>',
    probe: 'Exit mobile version',
    kind: 'mobile-switcher',
  },
  {
    name: 'author bio box by class',
    at: 'after',
    html: '<div class="author-bio">Portal berita daerah Kalimantan Selatan. Mengabarkan peristiwa terkini dari Balangan dan sekitarnya.</div>',
    probe: 'Portal berita',
    kind: 'author-bio',
  },
  {
    name: 'editor credit',
    at: 'after',
    html: '<p>Editor: Ade Marboen</p>',
    probe: 'Ade Marboen',
    kind: 'author-bio',
  },
  {
    name: 'tag list',
    at: 'after',
    html: '<p>Tags: <a href="/t/1">Balangan</a>, <a href="/t/2">Pontianak</a>, <a href="/t/3">WBK</a></p>',
    probe: 'Pontianak,',
    kind: 'tags',
  },
  {
    name: 'breadcrumb',
    at: 'before',
    html: '<p><a href="/">Beranda</a> / <a href="/balangan">Balangan</a></p>',
    probe: 'Beranda',
    kind: 'breadcrumb',
  },
  {
    name: 'date line from the header',
    at: 'before',
    html: '<p>Kamis, 5 November 2015 14:56 WIB | 1.229 Views</p>',
    probe: '14:56',
    kind: 'dateline',
  },
  {
    name: 'title repeated from the header',
    at: 'before',
    html: '<h2>Pemkab Balangan Pelajari Zona Integritas</h2>',
    probe: 'Pelajari Zona',
    kind: 'title',
  },
  {
    name: 'copyright line',
    at: 'after',
    html: '<p>COPYRIGHT © ANTARA 2015</p>',
    probe: 'COPYRIGHT',
    kind: 'copyright',
  },
  {
    name: 'gallery counter',
    at: 'middle',
    html: '<p>Image 1 of 23</p>',
    probe: 'Image 1 of',
    kind: 'other',
  },
];

const KEPT: Case[] = [
  {
    name: 'paragraph that mentions sharing',
    at: 'middle',
    html: '<p>Share prices fell sharply on Monday after the company said it would share its profits with workers for the first time in its history.</p>',
    probe: 'Share prices fell',
  },
  {
    name: 'paragraph that starts with "Baca juga" in prose',
    at: 'middle',
    html: '<p>Baca juga laporan tahunan yang dirilis pemerintah daerah, karena di sana dijelaskan bagaimana anggaran kesehatan naik dua kali lipat dalam lima tahun terakhir.</p>',
    probe: 'laporan tahunan',
  },
  {
    name: 'paragraph about comments',
    at: 'middle',
    html: '<p>Komentar warga di media sosial beragam: sebagian mendukung rencana itu, sebagian lagi meminta pemerintah menunda pembangunan sampai musim hujan berakhir.</p>',
    probe: 'Komentar warga',
  },
  {
    name: 'paragraph about an advertisement',
    at: 'middle',
    html: '<p>The advertisement, which ran in three newspapers last week, promised residents a new bus line by the end of the year.</p>',
    probe: 'The advertisement',
  },
  {
    name: 'embedded tweet in a "tweet" container',
    at: 'middle',
    html: '<div class="article-tweet"><blockquote class="twitter-tweet"><p>I can’t thank this man enough for everything he has done.</p>— Dele (@dele_official) <a href="https://twitter.com/x">November 19, 2019</a></blockquote></div>',
    probe: 'thank this man',
  },
  {
    name: 'a "related" class on article prose',
    at: 'middle',
    html: '<div class="related-content"><p>Officials said the two projects are related and will share a budget of 40 million, to be spent over four years on roads, bridges and drainage in the eastern districts.</p></div>',
    probe: 'Officials said',
  },
  {
    name: 'a dated sentence of the article',
    at: 'middle',
    html: '<p>On 5 November 2015 the airport closed at 08:00 because of volcanic ash.</p>',
    probe: 'airport closed',
  },
  {
    name: 'a closing quote of the article',
    at: 'after',
    html: '<p>“Kami juga berharap mendapatkan wawasan baru,” katanya.</p>',
    probe: 'wawasan baru',
  },
  {
    name: 'a contact address at the end',
    at: 'after',
    html: '<p>KONTAK: <a href="mailto:info@example.org">info@example.org</a></p>',
    probe: 'info@example.org',
  },
];

describe('cleanUp removes clutter', () => {
  it.each(REMOVED)('$name', (c) => {
    const { text, kinds } = clean(...place(c));
    expect(text).not.toContain(c.probe);
    expect(kinds).toContain(c.kind);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
  });
});

describe('cleanUp keeps look-alikes', () => {
  it.each(KEPT)('$name', (c) => {
    const { text } = clean(...place(c));
    expect(text).toContain(c.probe);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
  });
});

describe('cleanUp structure rules', () => {
  it('keeps a live blog whose entries are all named "comment"', () => {
    const entries = PARAGRAPHS.map(
      (p, i) => `<div class="comment-entry"><p>${i}' ${p}</p></div>`,
    ).join('');
    const { document } = parseHTML(`<div id="root"><div>${entries}</div></div>`);
    const root = document.getElementById('root') as unknown as Element;
    cleanUp(root);
    for (const p of PARAGRAPHS) expect(plainText(root)).toContain(p);
  });

  it('turns the text beside a lone image into a caption: kept in the HTML, out of the prose', () => {
    const root = article(
      '<div class="media"><p><img src="a.jpg"></p><p>Petugas BMKG mengawasi sebaran abu vulkanik. (ANTARA FOTO)</p></div>',
      '',
      '',
    );
    cleanUp(root);
    expect(root.querySelector('figcaption')?.textContent).toContain('abu vulkanik');
    expect(plainText(root, { skipCaptions: true })).not.toContain('abu vulkanik');
  });

  it('removes what follows the page article element: author box and tags', () => {
    const paragraphs = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const { document } = parseHTML(
      `<div id="root"><article>${paragraphs}</article><div class="post-components"><h3><a href="/author/redaksi">Redaksi</a></h3><p>Portal berita daerah Kalimantan Selatan sejak 2003.</p></div></div>`,
    );
    const root = document.getElementById('root') as unknown as Element;
    cleanUp(root);
    expect(plainText(root)).not.toContain('Portal berita');
    for (const p of PARAGRAPHS) expect(plainText(root)).toContain(p);
  });
});
