import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allCardItems,
  cardText,
  FACT_KINDS,
  isFactKind,
} from '../../../../src/core/facts/fact-kinds';
import { sampleArticle } from '../collection/sample-article';

const locales = ['en', 'id'].map(
  (lang) =>
    JSON.parse(
      readFileSync(
        path.resolve(__dirname, `../../../../public/_locales/${lang}/messages.json`),
        'utf8',
      ),
    ) as Record<string, unknown>,
);

describe('fact kinds', () => {
  it('lists each kind once, in the card order, each with a translated heading', () => {
    expect(FACT_KINDS.map((k) => k.kind)).toEqual([
      'person',
      'place',
      'organization',
      'date',
      'number',
      'quote',
    ]);
    for (const { labelKey } of FACT_KINDS)
      for (const messages of locales) expect(messages, labelKey).toHaveProperty(labelKey);
  });

  it('turns every fact of a digest into a card item, kind by kind', () => {
    const { facts } = sampleArticle(1).digest;
    const items = allCardItems(facts);
    expect(items.map((i) => i.kind)).toEqual([
      'person',
      'place',
      'organization',
      'date',
      'number',
      'quote',
    ]);
    expect(items[3]).toEqual({
      kind: 'date',
      label: 'Senin (4/3/2024)',
      detail: '2024-03-04',
      sentence: 0,
    });
    expect(items[5]).toMatchObject({ label: 'Jembatan ini untuk warga,', detail: 'Siti Rahma 1' });
    expect(cardText(items[5]!)).toBe('“Jembatan ini untuk warga,” (Siti Rahma 1)');
    expect(cardText({ kind: 'person', label: 'Ani', detail: 'menteri', sentence: 0 })).toBe(
      'Ani (menteri)',
    );
    expect(cardText({ kind: 'number', label: 'Rp 12 miliar', detail: 'IDR', sentence: 0 })).toBe(
      'Rp 12 miliar',
    );
  });

  it('names only fields a fact has as its export fields', () => {
    const { facts } = sampleArticle(1).digest;
    for (const spec of FACT_KINDS) {
      const first = facts[spec.list][0] as Record<string, unknown> | undefined;
      expect(first, spec.list).toBeDefined();
      for (const field of spec.exportFields)
        expect(first, `${spec.list}.${field}`).toHaveProperty(field);
    }
  });

  it('tells a known kind from anything else', () => {
    expect(isFactKind('quote')).toBe(true);
    expect(isFactKind('toString')).toBe(false);
    expect(isFactKind('other')).toBe(false);
  });
});
