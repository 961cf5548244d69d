import { useTranslation } from '@/i18n/use-translation';
import type { Outcome, RecordResult } from '@/rules';
import { findOffense } from '@/rules';

import { useRenderRestNow } from './after-paint';
import { laterRoutes, recommendedRoute } from './recommended';
import { useMessage, useResultsText } from './use-message';

/** Focusing the heading also scrolls it into view; the URL never changes (one history entry). */
export const focusRecordDetails = (index: number) => document.getElementById(`record-${index}-heading`)?.focus();
const focusNextSteps = () => document.getElementById('next-everyone')?.focus();

/** "Looks likely", "Not yet": the outcome in two or three words, for the first screen. */
export function Likelihood({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('results');
  return <strong className={`tag tag--${outcome.replace('_', '-')}`}>{t(`likelihood.${outcome}`)}</strong>;
}

/**
 * The first screen of the results: for each record, the route the rules recommend asking about
 * first and how likely it looks, and the one next step (the record's own with one record; one for
 * the whole case with several). Sized for a 360 x 740 phone with three records: everything else
 * (elements, citations, other routes) waits below, a tap away.
 */
export function ResultsSummary({
  records,
  titles,
  caseNext,
}: {
  records: readonly RecordResult[];
  titles: readonly string[];
  /** With several records, one next step for the whole case instead of one per card, so every route still fits the first screen. */
  caseNext: string;
}) {
  const { t } = useTranslation('results');
  const single = records.length === 1;
  return (
    <section className={`summary${single ? '' : ' summary--several'}`} aria-labelledby="summary-heading">
      <h2 className="summary__heading" id="summary-heading">
        {t('summary.heading')}
      </h2>
      <ol className="summary__list">
        {records.map((record, index) => (
          <SummaryCard key={record.recordId} record={record} index={index} title={titles[index]!} withNext={single} />
        ))}
      </ol>
      {single ? null : (
        <p className="summary__next">
          <span className="summary-card__label">{t('summary.nextForAll')}</span> {caseNext}{' '}
          <button type="button" className="link-button summary__all-steps" onClick={focusNextSteps}>
            {t('summary.allSteps')}
          </button>
        </p>
      )}
    </section>
  );
}

/**
 * With several records, the code comes first ("Record 2 · PC 211 · Robbery…"), so the one-line
 * title still says which record it is when a long name is cut short on a phone.
 */
function useCompactTitle() {
  const { t } = useTranslation('results');
  const { t: offenseText } = useTranslation('offenses');
  const nameOf = offenseText as unknown as (key: string) => string;
  return (index: number, record: RecordResult) => {
    const { code } = record.offense;
    const entry = code === 'unsure' ? undefined : findOffense(code);
    if (entry) return t('summary.cardTitle', { number: index + 1, code: entry.code, name: nameOf(`${entry.id}.name`) });
    if (code !== 'unsure') return t('summary.cardTitleCode', { number: index + 1, code });
    return t('recordTitle', { number: index + 1, name: t('unknownOffense') });
  };
}

function SummaryCard({
  record,
  index,
  title,
  withNext,
}: {
  record: RecordResult;
  index: number;
  title: string;
  withNext: boolean;
}) {
  const { t } = useTranslation('results');
  const message = useMessage();
  const text = useResultsText();
  const compactTitle = useCompactTitle();
  const route = recommendedRoute(record);
  const later = laterRoutes(record);
  const next = route?.nextSteps[0];
  const renderRest = useRenderRestNow();
  return (
    <li className="summary-card">
      <h3 className="summary-card__title">
        {/* The title opens this record's details: elements, citations and other routes. */}
        <button
          type="button"
          className="link-button summary-card__jump"
          onClick={() => {
            renderRest();
            focusRecordDetails(index);
          }}
        >
          {withNext ? title : compactTitle(index, record)}
        </button>
      </h3>
      {route ? (
        <p className="summary-card__route">
          {/* Likelihood first: short, so the route name still fits two lines on a phone. */}
          <Likelihood outcome={route.outcome} /> <span className="visually-hidden">{t('summary.askFirst')}</span>{' '}
          <span className="summary-card__name">{t(`routeShort.${route.pathway}`)}</span>
        </p>
      ) : (
        <p className="summary-card__route">{t('summary.none')}</p>
      )}
      {later.map((p) => (
        <p key={p.pathway} className="summary-card__later">
          <span className="summary-card__label">{t('summary.later')}</span> {t(`routeShort.${p.pathway}`)}{' '}
          <Likelihood outcome={p.outcome} />
        </p>
      ))}
      {withNext ? (
        <p className="summary-card__next">
          <span className="summary-card__label">{t('summary.next')}</span>{' '}
          {next ? message(next) : text('summary.noneNext')}
        </p>
      ) : null}
    </li>
  );
}
