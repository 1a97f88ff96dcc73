// Comment-count labels ("No comments", "0 COMMENTS", "Keine Kommentare", ...) are language-pack
// data: a short line after the article that is only such a label goes, as comments.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanUp } from '../../../../src/core/extract/clean-up';
import { plainText } from '../../../../src/core/extract/plain-text';

const PARAGRAPHS = [
  'The council said the new road would open next spring, after two years of work that cost the province more than it had planned, and that traffic on the old bridge would fall by half.',
  'Residents who spoke at the meeting welcomed the plan but asked for a footpath on both sides of the road, which the council promised to study before the final design is approved.',
  'Pemerintah Kabupaten Balangan melaksanakan kunjungan kerja ke Pemerintah Kota Pontianak guna mendalami penerapan Zona Integritas menuju predikat Wilayah Birokrasi Bersih dan Melayani.',
  'Der Gemeinderat hat am Montag beschlossen, die neue Straße im Frühjahr zu eröffnen, nachdem die Arbeiten zwei Jahre gedauert und mehr gekostet haben als geplant.',
];

function clean(after: string): { text: string; kinds: string[] } {
  const { document } = parseHTML(
    `<html><body><div id="root"><div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${after}</div></div></body></html>`,
  );
  const root = document.getElementById('root') as unknown as Element;
  const { removed } = cleanUp(root);
  return { text: plainText(root), kinds: removed.map((r) => r.kind) };
}

describe('comment-count labels go', () => {
  it.each([
    'No comments',
    '0 Comments',
    '12 COMMENTS',
    'Keine Kommentare',
    'Keine Kommentare (Kommentare erscheinen erst nach Freigabe)',
    '3 Kommentare',
    'Belum ada komentar',
    'Aucun commentaire',
    'Sin comentarios',
    'Nessun commento',
    'Geen reacties',
    'Sem comentários',
    'Tiada komen',
  ])('%j', (label) => {
    const { text, kinds } = clean(`<p>${label}</p>`);
    expect(kinds).toContain('comments');
    expect(text).not.toContain(label);
    expect(text).toContain('final design is approved');
  });

  it.each([
    // Look-alikes that stay: sentences that speak of comments.
    'No comments were made by the minister when reporters asked about the bridge on Monday evening.',
    'Keine Kommentare gab es vom Bürgermeister, der die Sitzung früh verlassen hatte, sagte ein Sprecher.',
    '12 comments from residents were read out at the meeting before the council voted on the plan.',
  ])('%j stays', (sentence) => {
    const { text } = clean(`<p>${sentence}</p>`);
    expect(text).toContain(sentence);
  });
});
