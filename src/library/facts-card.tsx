// The facts card of an article: summary sentences, then people, places, organisations, dates,
// numbers and quotes. Props only, so it can move to a shared UI folder later.
import type { Digest } from '../core/types';
import type { Translate } from '../shared/i18n';

export interface FactsCardProps {
  digest: Digest;
  t: Translate;
  /** The card's heading level; its sections use the next one. */
  level?: 2 | 3;
}

interface Group {
  key: string;
  label: string;
  items: string[];
}

export function FactsCard({ digest, t, level = 2 }: FactsCardProps) {
  const { facts, summary } = digest;
  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const groups: Group[] = [
    {
      key: 'people',
      label: t('library_factsPeople'),
      items: facts.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)),
    },
    { key: 'places', label: t('library_factsPlaces'), items: facts.places.map((p) => p.name) },
    {
      key: 'organizations',
      label: t('library_factsOrganizations'),
      items: facts.organizations.map((o) => o.name),
    },
    { key: 'dates', label: t('library_factsDates'), items: facts.dates.map((d) => d.text) },
    { key: 'numbers', label: t('library_factsNumbers'), items: facts.numbers.map((n) => n.text) },
  ].filter((g) => g.items.length > 0);
  if (!summary.length && !groups.length && !facts.quotes.length) return null;
  return (
    <section class="facts-card" aria-labelledby="facts-card-title">
      <H id="facts-card-title">{t('library_factsTitle')}</H>
      {summary.length > 0 && (
        <>
          <Sub>{t('library_factsSummary')}</Sub>
          <ul class="facts-summary">
            {summary.map((s) => (
              <li key={s.sentence}>{s.text}</li>
            ))}
          </ul>
        </>
      )}
      {groups.length > 0 && (
        <dl class="facts-groups">
          {groups.map((g) => (
            <div key={g.key} class={`facts-group facts-${g.key}`}>
              <dt>{g.label}</dt>
              <dd>{g.items.join(' · ')}</dd>
            </div>
          ))}
        </dl>
      )}
      {facts.quotes.length > 0 && (
        <>
          <Sub>{t('library_factsQuotes')}</Sub>
          {facts.quotes.map((q) => (
            <figure class="facts-quote" key={`${q.sentence}-${q.text}`}>
              <blockquote>{q.text}</blockquote>
              {q.speaker && <figcaption>{q.speaker}</figcaption>}
            </figure>
          ))}
        </>
      )}
    </section>
  );
}
