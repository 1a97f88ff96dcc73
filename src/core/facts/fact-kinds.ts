// The one registry of fact kinds: their order on the card and in every export, the translation
// key of each kind's heading, the digest list each comes from, and how a fact of each kind
// becomes a card item and a line of plain text. Views and exports iterate FACT_KINDS; none of
// them lists the kinds again.
import type { Facts, FactKind, KeyFact } from '../schema/digest';

/** The digest's list for each kind. */
interface ListOf {
  person: 'people';
  place: 'places';
  organization: 'organizations';
  date: 'dates';
  number: 'numbers';
  quote: 'quotes';
}
export type FactListName = ListOf[FactKind];
type FactOf<K extends FactKind> = Facts[ListOf[K]][number];
type CardOf<K extends FactKind> = Extract<KeyFact, { kind: K }>;

export interface FactKindSpec<K extends FactKind = FactKind> {
  kind: K;
  /** The list of the digest's facts this kind comes from. */
  list: ListOf[K];
  /** Translation key (public/_locales) of the kind's heading. */
  labelKey: string;
  /** The fields an export writes for each fact, in order (one field: written as a plain value). */
  exportFields: readonly (keyof FactOf<K> & string)[];
  /** The fact as the card shows it. */
  toCard: (fact: FactOf<K>) => CardOf<K>;
  /** A card item as one line of plain text (the HTML and EPUB exports' facts card). */
  asText: (item: CardOf<K>) => string;
}

type Registry = { readonly [K in FactKind]: FactKindSpec<K> };

const REGISTRY: Registry = {
  person: {
    kind: 'person',
    list: 'people',
    labelKey: 'factsPeople',
    exportFields: ['name', 'role'],
    toCard: (p) => ({ kind: 'person', label: p.name, detail: p.role, sentence: p.sentence }),
    asText: (item) => (item.detail ? `${item.label} (${item.detail})` : item.label),
  },
  place: {
    kind: 'place',
    list: 'places',
    labelKey: 'factsPlaces',
    exportFields: ['name'],
    toCard: (p) => ({ kind: 'place', label: p.name, detail: null, sentence: p.sentence }),
    asText: (item) => item.label,
  },
  organization: {
    kind: 'organization',
    list: 'organizations',
    labelKey: 'factsOrganizations',
    exportFields: ['name'],
    toCard: (o) => ({ kind: 'organization', label: o.name, detail: null, sentence: o.sentence }),
    asText: (item) => item.label,
  },
  date: {
    kind: 'date',
    list: 'dates',
    labelKey: 'factsDates',
    exportFields: ['text', 'iso'],
    toCard: (d) => ({ kind: 'date', label: d.text, detail: d.iso, sentence: d.sentence }),
    asText: (item) => item.label,
  },
  number: {
    kind: 'number',
    list: 'numbers',
    labelKey: 'factsNumbers',
    exportFields: ['text', 'value', 'unit'],
    toCard: (n) => ({ kind: 'number', label: n.text, detail: n.unit, sentence: n.sentence }),
    asText: (item) => item.label,
  },
  quote: {
    kind: 'quote',
    list: 'quotes',
    labelKey: 'factsQuotes',
    exportFields: ['text', 'speaker'],
    toCard: (q) => ({ kind: 'quote', label: q.text, detail: q.speaker, sentence: q.sentence }),
    asText: (item) => (item.detail ? `“${item.label}” (${item.detail})` : `“${item.label}”`),
  },
};

/** Every kind, in the order the card and the exports show them. */
export const FACT_KINDS: readonly FactKindSpec[] = Object.values(REGISTRY) as FactKindSpec[];

export function factKind<K extends FactKind>(kind: K): FactKindSpec<K> {
  return REGISTRY[kind] as unknown as FactKindSpec<K>;
}

export function isFactKind(kind: string): kind is FactKind {
  return Object.hasOwn(REGISTRY, kind);
}

/** The facts of one kind, as card items. */
export function cardItems<K extends FactKind>(facts: Omit<Facts, 'top'>, kind: K): CardOf<K>[] {
  const spec = factKind(kind);
  return (facts[spec.list] as FactOf<K>[]).map((fact) => spec.toCard(fact));
}

/** Every fact of the digest as card items, kind by kind in FACT_KINDS order. */
export function allCardItems(facts: Omit<Facts, 'top'>): KeyFact[] {
  return FACT_KINDS.flatMap((spec) => cardItems(facts, spec.kind));
}

/** A card item as one line of plain text. */
export function cardText(item: KeyFact): string {
  return (factKind(item.kind).asText as (i: KeyFact) => string)(item);
}
