import { useTranslation } from 'react-i18next';
import type { Outcome, RecordResult } from '@/rules/types';
import { laterRoutes, recommendedRoute } from './recommended';
import { useMessage, useRulesText } from './use-message';

/** Focusing the heading also scrolls it into view; the URL never changes (one history entry). */
export const focusRecordDetails = (index: number) => document.getElementById(`record-${index}-heading`)?.focus();

/** "Looks likely", "Not yet": the outcome in two or three words, for the first screen. */
export function Likelihood({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('results');
  return <strong className={`tag tag--${outcome.replace('_', '-')}`}>{t(`likelihood.${outcome}`)}</strong>;
}

/**
 * The first screen of the results: for each record, the route the rules recommend asking about
 * first, how likely it looks, and the one next step. Sized for a 360 x 740 phone: everything else
 * (elements, citations, other routes) waits below, a tap away.
 */
export function ResultsSummary({ records, titles }: { records: readonly RecordResult[]; titles: readonly string[] }) {
  const { t } = useTranslation('results');
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 className="visually-hidden" id="summary-heading">
        {t('atAGlance')}
      </h2>
      <ol className="summary__list">
        {records.map((record, index) => (
          <SummaryCard key={record.recordId} record={record} index={index} title={titles[index]!} />
        ))}
      </ol>
    </section>
  );
}

function SummaryCard({ record, index, title }: { record: RecordResult; index: number; title: string }) {
  const { t } = useTranslation('results');
  const tr = useRulesText();
  const message = useMessage();
  const route = recommendedRoute(record);
  const later = laterRoutes(record);
  const next = route?.nextSteps[0];
  return (
    <li className="summary-card">
      <h3 className="summary-card__title">
        {/* The title opens this record's details: elements, citations and other routes. */}
        <button type="button" className="link-button summary-card__jump" onClick={() => focusRecordDetails(index)}>
          {title}
        </button>
      </h3>
      {route ? (
        <p className="summary-card__route">
          <span className="summary-card__label">{t('summary.askFirst')}</span> <span className="summary-card__name">{tr(`pathway.${route.pathway}.title`)}</span>{' '}
          <Likelihood outcome={route.outcome} />
        </p>
      ) : (
        <p className="summary-card__route">{t('summary.none')}</p>
      )}
      {later.map((p) => (
        <p key={p.pathway} className="summary-card__later">
          <span className="summary-card__label">{t('summary.later')}</span> {tr(`pathway.${p.pathway}.title`)} <Likelihood outcome={p.outcome} />
        </p>
      ))}
      <p className="summary-card__next">
        <span className="summary-card__label">{t('summary.next')}</span> {next ? message(next) : t('summary.noneNext')}
      </p>
    </li>
  );
}
