// Table tests of the entity finder through the trained tagger, as the extension runs it: for
// each language, sentences that must give a person, a place or an organisation, and look-alikes
// that must not (the mistakes of issue 11: sentence-opening verbs, weekdays, agencies, places and
// ministry words taken for people or speakers). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { nodeTaggers } from '../../../../src/cli/ner-models';
import { oneType } from '../../../../src/core/facts/tagged';
import { compileGazetteer } from '../../../../src/core/ner/features';

const taggers = nodeTaggers();
const facts = (text: string, lang: string) =>
  analyze(text.split(/\n\n/), { lang, publishedTime: '2025-12-01', taggers }).facts;
const names = (list: { name: string }[]) => list.map((x) => x.name);

type Kind = 'people' | 'places' | 'organizations';

describe.each([
  [
    'id',
    [
      ['people', 'Menurut Budi Santoso, harga beras naik sejak pekan lalu.', 'Budi Santoso'],
      ['people', 'Gubernur Jawa Tengah Ganjar Pranowo meninjau lokasi banjir.', 'Ganjar Pranowo'],
      ['people', 'Hal itu disampaikan Sri Mulyani saat rapat di Jakarta.', 'Sri Mulyani'],
      ['places', 'Banjir melanda tiga desa di Kabupaten Banjar sejak Senin.', 'Kabupaten Banjar'],
      ['places', 'Rombongan tiba di Surabaya pada sore hari.', 'Surabaya'],
      ['places', 'Harga cabai di Medan ikut naik tajam.', 'Medan'],
      ['organizations', 'Kementerian Kesehatan mencatat 20 kasus baru.', 'Kementerian Kesehatan'],
      ['organizations', 'Ketua Umum Partai Golkar hadir dalam acara itu.', 'Partai Golkar'],
      [
        'organizations',
        'Mahasiswa Universitas Gadjah Mada menggelar aksi.',
        'Universitas Gadjah Mada',
      ],
    ],
    [
      ['people', 'Diketahui, banjir sudah surut sejak pagi tadi.', 'Diketahui'],
      ['people', 'Dijelaskan, bantuan akan dikirim besok pagi.', 'Dijelaskan'],
      ['people', 'Minggu ini harga bawang merah turun di pasar.', 'Minggu'],
      [
        'people',
        'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan memimpin rapat itu.',
        'Hukum',
      ],
      ['people', 'Sumber di kepolisian menyebut pelaku sudah ditangkap.', 'Sumber'],
      ['people', 'Unggahan itu viral di Facebook sejak kemarin.', 'Facebook'],
    ],
  ],
  [
    'en',
    [
      [
        'people',
        'Prime Minister Anthony Albanese visited the flooded town on Monday.',
        'Anthony Albanese',
      ],
      ['people', 'The new manager, Jose Mourinho, replaces Mauricio Pochettino.', 'Jose Mourinho'],
      ['people', 'Former president Barack Obama spoke at the event in Chicago.', 'Barack Obama'],
      ['places', 'Heavy rain caused flooding across northern England this week.', 'England'],
      ['places', 'The delegation flew from Jakarta to Tokyo for the talks.', 'Tokyo'],
      [
        'organizations',
        'The World Health Organization warned of a new outbreak.',
        'World Health Organization',
      ],
      ['organizations', 'Shares of Microsoft rose after the results.', 'Microsoft'],
      // A role or a dotted title inside what the tagger took for one organisation.
      [
        'people',
        'South Dakota Gov. Kristi Noem (R) defended the campaign on Monday.',
        'Kristi Noem',
      ],
      [
        'places',
        'South Dakota Gov. Kristi Noem (R) defended the campaign on Monday.',
        'South Dakota',
      ],
      ['people', "Serbia's Novak Djokovic won the opening match.", 'Novak Djokovic'],
      // A name in a reported sentence, after a title or a role of one word or two.
      ['people', 'Mr. Hartley said he would not attend the hearing.', 'Hartley'],
      [
        'people',
        'The meeting was chaired by Commission President Greta van der Molen on Monday.',
        'Greta van der Molen',
      ],
      ['people', 'The letter was sent to President Okonkwo on Monday.', 'Okonkwo'],
      ['people', 'Vice President Marlowe visited the port in March.', 'Marlowe'],
      ['people', 'National Security Adviser Helen Brantley resigned in May.', 'Helen Brantley'],
    ],
    [
      ['people', 'Having won the title, the team flew home.', 'Having'],
      ['people', 'Christmas markets opened across the country.', 'Christmas'],
      ['people', 'Police said the driver was arrested at the scene.', 'Police'],
      ['people', 'Poland said it would close the border crossing.', 'Poland'],
      ['people', 'Reuters reported that talks had stalled.', 'Reuters'],
      ['people', 'Scottish fans travelled to the match in their thousands.', 'Scottish'],
      ['places', 'Christmas came early for the shop owners this year.', 'Christmas'],
      // Words for a people are neither places nor organisations.
      [
        'places',
        'Russian and Syrian forces shelled the town, a Jordanian official said.',
        'Syrian',
      ],
      [
        'organizations',
        'Russian and Syrian forces shelled the town, a Jordanian official said.',
        'Jordanian',
      ],
      ['places', 'The Russian government and Chinese officials rejected the claim.', 'Chinese'],
      // A role is not an organisation, nor is a role with its holder's name.
      ['organizations', 'Mr. Hartley said he would not attend the hearing.', 'Mr. Hartley'],
      [
        'organizations',
        'National Security Adviser Helen Brantley resigned in May.',
        'National Security Adviser',
      ],
      [
        'organizations',
        'National Security Adviser Helen Brantley resigned in May.',
        'National Security Adviser Helen Brantley',
      ],
      [
        'organizations',
        'Vice President Marlowe visited the port in March.',
        'Vice President Marlowe',
      ],
      ['organizations', 'The Inspector General will review the contracts.', 'Inspector General'],
      // An acronym the text counts in the plural is a thing.
      [
        'organizations',
        'Sales of TVs fell in March.\n\nA TV costs less than it did a decade ago, Samsung said.',
        'TV',
      ],
      [
        'organizations',
        'Sales of TVs fell in March.\n\nA TV costs less than it did a decade ago, Samsung said.',
        'TVs',
      ],
      // A title-cased heading says nothing of names by its capitals.
      [
        'organizations',
        'Streaming Quality Seems To Be Mostly Excellent\n\nThe picture held up well on a fast line.',
        'Streaming Quality Seems To Be Mostly Excellent',
      ],
      // A heading in capitals is no organisation.
      [
        'organizations',
        'ARGENTINA CRUISES PAST CHILE\n\nArgentina beat Chile 3-0 in Madrid on Tuesday.',
        'ARGENTINA CRUISES PAST CHILE',
      ],
    ],
  ],
] as [string, [Kind, string, string][], [Kind, string, string][]][])(
  '%s',
  (lang, must, mustNot) => {
    it.each(must)('finds in %s: %s', (kind, text, name) => {
      expect(names(facts(text, lang)[kind])).toContain(name);
    });
    it.each(mustNot)('does not take for %s: %s', (kind, text, name) => {
      expect(names(facts(text, lang)[kind])).not.toContain(name);
    });
  },
);

describe('speakers', () => {
  it('an agency or a place is not a speaker', () => {
    const f = facts(
      '"The border will stay closed until further notice," Poland said on Tuesday.\n\n' +
        '"We have no comment on the matter at this time," Reuters was told by a spokesman.',
      'en',
    );
    for (const q of f.quotes) expect(['Poland', 'Reuters']).not.toContain(q.speaker);
    expect(names(f.people)).not.toContain('Poland');
  });
  it('the one who says it, named before the quote', () => {
    const f = facts(
      'Wikileaks editor Kristinn Hrafnsson said: "We will keep publishing what we are given."',
      'en',
    );
    expect(f.quotes[0]?.speaker).toBe('Kristinn Hrafnsson');
  });
  it('an Indonesian speaker with a speech verb', () => {
    const f = facts(
      '"Kami akan terus memantau kondisi warga di pengungsian," kata Bupati Balangan Abdul Hadi.',
      'id',
    );
    expect(f.quotes[0]?.speaker).toBe('Abdul Hadi');
  });
});

describe('numbers worth a card', () => {
  it('a tennis score gives no numbers', () => {
    const f = facts('Sinner won 6-4 6-3 7-5 and will face Alcaraz in the final.', 'en');
    expect(f.numbers).toEqual([]);
  });
  it.each([
    ['id', 'Sebanyak 130.000 jiwa terdampak banjir.', '130.000 jiwa'],
    ['id', 'Rumah sakit itu memiliki 168 tempat tidur.', '168 tempat tidur'],
    ['id', 'Anggaran proyek mencapai Rp27,4 miliar.', 'Rp27,4 miliar'],
    ['id', 'Inflasi naik 3 persen tahun ini.', '3 persen'],
  ])('%s: %s', (lang, text, shown) => {
    expect(facts(text, lang).numbers.map((n) => n.text)).toContain(shown);
  });
});

describe('one type for a name', () => {
  const named = (names: string[]) =>
    new Map(names.map((n) => [n.toLowerCase(), { name: n, sentence: 3 }]));
  const noGazetteer = { gazetteer: null };

  it('keeps the type the tagger gave the name with the most confidence', () => {
    const places = named(['Jawa Barat', 'Medan']);
    const orgs = named(['Jawa Barat', 'Partai Golkar']);
    const weights: Record<string, number> = { 'jawa barat:LOC': 0.4, 'jawa barat:ORG': 1.7 };
    oneType(
      places,
      orgs,
      { places: new Map(), orgs: new Map() },
      (k, t) => weights[`${k}:${t}`] ?? 0,
      noGazetteer,
    );
    expect([...places.keys()]).toEqual(['medan']);
    expect([...orgs.keys()]).toEqual(['jawa barat', 'partai golkar']);
  });

  it('a name the gazetteer knows as a place alone is a place, whatever the weights', () => {
    const places = named(['Iowa', 'Apple']);
    const orgs = named(['Iowa', 'Apple']);
    const weights: Record<string, number> = {
      'iowa:LOC': 0.4,
      'iowa:ORG': 1.7,
      'apple:LOC': 0.4,
      'apple:ORG': 1.7,
    };
    const gazetteer = compileGazetteer({ places: ['iowa'], organizations: [], orgHeads: [] });
    oneType(
      places,
      orgs,
      { places: new Map(), orgs: new Map() },
      (k, t) => weights[`${k}:${t}`] ?? 0,
      { gazetteer },
    );
    expect([...places.keys()]).toEqual(['iowa']);
    expect([...orgs.keys()]).toEqual(['apple']);
  });

  it("without the tagger, the rules' headed type, then a place", () => {
    const places = named(['Balangan', 'Kalimantan']);
    const orgs = named(['Balangan', 'Kalimantan']);
    const rules = { places: new Map(), orgs: named(['Balangan']) };
    oneType(places, orgs, rules, () => 0, noGazetteer);
    expect([...orgs.keys()]).toEqual(['balangan']);
    expect([...places.keys()]).toEqual(['kalimantan']);
  });

  it('an article never lists a name as both a place and an organisation', () => {
    // Each of these gave the same name as a place and as an organisation before the rule.
    for (const text of [
      'Sejak 2012 SMP Negeri 3 Kudus menerima siswa dari luar kota.',
      'Pada tahun 2010 SMA Negeri 2 Blora pindah ke gedung baru.',
    ]) {
      const { places, organizations } = facts(text, 'id');
      const orgNames = new Set(names(organizations).map((n) => n.toLowerCase()));
      expect(places.length + organizations.length).toBeGreaterThan(0);
      expect(names(places).filter((n) => orgNames.has(n.toLowerCase()))).toEqual([]);
    }
  });
});
