// The key-facts card: the summary, then the ranked facts (people, places, organisations, dates,
// numbers, quotes) one line per kind, each a button that shows its sentence in the article; the
// full lists open below. It folds to one line (issue 15, item 2). Props only: the popup, the
// reader and the library share it.
import { allCardItems, FACT_KINDS } from '../core/facts/fact-kinds';
import type { Digest, KeyFact, SummarySentence } from '../core/types';
import { plural, type Translate } from '../contracts/i18n';
import { splitOpening } from '../core/summary/opening';
import { formatDate } from './format';

export interface AbstractiveSummary {
  status: 'working' | 'done' | 'failed';
  text?: string;
}

export interface FactsCardProps {
  digest: Digest;
  t: Translate;
  locale: string;
  onSelectSentence?: (sentence: number) => void;
  /** The browser's own summary, shown labelled beside ours when the reader turned it on. */
  abstractive?: AbstractiveSummary | null;
  headingLevel?: 2 | 3;
  /** Folded to its heading line; only where `onCollapse` lets the reader unfold it. */
  collapsed?: boolean;
  /** Folds or unfolds the card (the choice is the reader's setting, kept by the caller). */
  onCollapse?: (collapsed: boolean) => void;
}

/** Every fact of the digest in the card's shape, kind by kind. */
export function allFacts(digest: Digest): KeyFact[] {
  return allCardItems(digest.facts);
}

function FactList({
  facts,
  t,
  locale,
  onSelectSentence,
}: {
  facts: KeyFact[];
  t: Translate;
  locale: string;
  onSelectSentence?: ((n: number) => void) | undefined;
}) {
  const groups = FACT_KINDS.map(({ kind, labelKey }) => ({
    kind,
    labelKey,
    items: facts.filter((fact) => fact.kind === kind),
  })).filter((group) => group.items.length);
  // One line per kind, its facts side by side (issue 15, item 2: not one fact per line).
  return (
    <dl class="facts-groups">
      {groups.map(({ kind, labelKey, items }) => (
        <div class={`facts-group facts-${kind}`} key={kind}>
          <dt>{t(labelKey)}</dt>
          <dd>
            <ul class="fact-items">
              {items.map((fact, index) => (
                <li key={`${fact.sentence}-${index}`} class="fact">
                  <FactButton fact={fact} t={t} onSelectSentence={onSelectSentence}>
                    {fact.kind === 'quote' ? <q>{fact.label}</q> : fact.label}
                  </FactButton>
                  <FactDetail fact={fact} t={t} locale={locale} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FactButton({
  fact,
  t,
  onSelectSentence,
  children,
}: {
  fact: KeyFact;
  t: Translate;
  onSelectSentence?: ((n: number) => void) | undefined;
  children: preact.ComponentChildren;
}) {
  if (!onSelectSentence) return <span class="fact-label">{children}</span>;
  return (
    <button
      type="button"
      class="fact-label fact-link"
      data-sentence={fact.sentence}
      title={t('factShowInArticle')}
      onClick={() => onSelectSentence(fact.sentence)}
    >
      {children}
    </button>
  );
}

function FactDetail({ fact, t, locale }: { fact: KeyFact; t: Translate; locale: string }) {
  if (!fact.detail)
    return fact.kind === 'quote' ? (
      <span class="fact-detail">{t('factSpeakerUnknown')}</span>
    ) : null;
  if (fact.kind === 'date') {
    const shown = formatDate(fact.detail, locale);
    return shown && shown !== fact.label ? (
      <time class="fact-detail" dateTime={fact.detail}>
        {shown}
      </time>
    ) : null;
  }
  if (fact.kind === 'number' && fact.label.toLowerCase().includes(fact.detail.toLowerCase()))
    return null;
  return (
    <span class="fact-detail">{fact.kind === 'quote' ? `— ${fact.detail}` : fact.detail}</span>
  );
}

/** The summary sentences from further down the article, each leading to its place. */
function GistList({
  gist,
  t,
  onSelectSentence,
  Sub,
}: {
  gist: SummarySentence[];
  t: Translate;
  onSelectSentence?: ((n: number) => void) | undefined;
  Sub: 'h3' | 'h4';
}) {
  if (!gist.length) return null;
  return (
    <div class="facts-summary-part">
      <Sub class="facts-subtitle">{t('factsSummary')}</Sub>
      <ol class="facts-summary">
        {gist.map((item) => (
          <li key={item.sentence}>
            {onSelectSentence ? (
              <button
                type="button"
                class="fact-link summary-sentence"
                data-sentence={item.sentence}
                onClick={() => onSelectSentence(item.sentence)}
              >
                {item.text}
              </button>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function FactsCard({
  digest,
  t,
  locale,
  onSelectSentence,
  abstractive,
  headingLevel = 2,
  collapsed = false,
  onCollapse,
}: FactsCardProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const every = allFacts(digest);
  const top = digest.facts.top.length ? digest.facts.top : every.slice(0, 8);
  if (!digest.summary.length && !every.length) return null;
  const folded = collapsed && !!onCollapse;
  // The summary's opening sentences are marked where they stand (ArticleView), not copied here.
  const { opening, gist } = splitOpening(digest.summary);
  return (
    <section
      class={folded ? 'facts-card facts-folded' : 'facts-card'}
      aria-labelledby="facts-card-title"
      data-testid="facts-card"
    >
      <div class="facts-head">
        <H id="facts-card-title" class="facts-title">
          {onCollapse ? (
            <button
              type="button"
              class="facts-toggle"
              aria-expanded={!folded}
              aria-controls="facts-card-body"
              onClick={() => onCollapse(!folded)}
            >
              {t('factsTitle')}
            </button>
          ) : (
            t('factsTitle')
          )}
        </H>
        {folded ? (
          <span class="facts-count">{plural(t, locale, 'factsCount', every.length)}</span>
        ) : (
          opening.length > 0 && (
            <span class="facts-summary-note">
              <mark class="summary-mark summary-swatch" aria-hidden="true">
                {'\u00a0'}
              </mark>{' '}
              {plural(t, locale, 'factsSummaryMarked', opening.length)}
            </span>
          )
        )}
      </div>
      <div id="facts-card-body" class="facts-body" hidden={folded}>
        {!folded && (
          <>
            <GistList gist={gist} t={t} onSelectSentence={onSelectSentence} Sub={Sub} />
            {abstractive && (
              <div class="facts-abstractive" aria-live="polite">
                <Sub class="facts-subtitle">{t('factsAbstractiveTitle')}</Sub>
                <p class="hint">{t('factsAbstractiveLabel')}</p>
                {abstractive.status === 'working' && <p>{t('factsAbstractiveWorking')}</p>}
                {abstractive.status === 'failed' && <p>{t('factsAbstractiveFailed')}</p>}
                {abstractive.status === 'done' && (
                  <p class="abstractive-text">{abstractive.text}</p>
                )}
              </div>
            )}
            {top.length > 0 && (
              <FactList facts={top} t={t} locale={locale} onSelectSentence={onSelectSentence} />
            )}
            {every.length > top.length && (
              <details class="facts-all">
                <summary>{t('factsAll', [every.length])}</summary>
                <FactList facts={every} t={t} locale={locale} onSelectSentence={onSelectSentence} />
              </details>
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** The card's place while the digest is computed, so the article below does not move much. */
export function FactsPending({ t, headingLevel = 2 }: { t: Translate; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <section
      class="facts-card facts-pending"
      aria-labelledby="facts-card-title"
      aria-busy="true"
      data-testid="facts-pending"
    >
      <H id="facts-card-title" class="facts-title">
        {t('factsTitle')}
      </H>
      <p class="hint" role="status">
        {t('factsWorking')}
      </p>
    </section>
  );
}
