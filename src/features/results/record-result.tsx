import { useTranslation } from '@/i18n/use-translation';
import type { RecordResult } from '@/rules';

import { Fold } from './fold';
import { PathwayCard } from './pathway-card';
import { notFittingCount, otherRoutes, recommendedRoute } from './recommended';
import { useMessage, useRulesText } from './use-message';

/**
 * One record in detail, below the summary: the recommended route explained element by element,
 * the other routes that fit folded in one place, and the routes that do not fit this kind of
 * record only counted, so nothing reads as a wall of "no". Other relief the rules name for this
 * record (not one of the fixed pathways) follows.
 */
export function RecordResultSection({ result, index, title }: { result: RecordResult; index: number; title: string }) {
  const { t } = useTranslation('results');
  const tr = useRulesText();
  const message = useMessage();
  const route = recommendedRoute(result);
  const others = otherRoutes(result);
  const notFitting = notFittingCount(result);
  const headingId = `record-${index}-heading`;
  return (
    <section className="record-result" aria-labelledby={headingId}>
      <h2 className="heading-l record-result__title" id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {!result.offense.recognised && result.offense.code !== 'unsure' ? (
        <p className="inset inset--note">{t('offenseNotRecognised', { code: result.offense.code })}</p>
      ) : null}
      {route ? (
        <>
          <p className="body">
            {t('bestRoute', {
              route: tr(`pathway.${route.pathway}.title`),
              outcome: tr(`outcome.${route.outcome}.headline`),
            })}
          </p>
          <PathwayCard result={route} headingId={`record-${index}-${route.pathway}`} badge={t('recommended')} />
        </>
      ) : (
        <p className="body">{t('noRoute')}</p>
      )}
      {others.length > 0 ? (
        <Fold
          className="details record-result__others"
          summaryClassName="details__summary"
          summary={t('otherRoutes', { count: others.length })}
        >
          <div className="record-result__others-list">
            {others.map((pathway) => (
              <PathwayCard key={pathway.pathway} result={pathway} headingId={`record-${index}-${pathway.pathway}`} />
            ))}
          </div>
        </Fold>
      ) : null}
      {result.notes.length > 0 ? (
        <>
          <h3 className="heading-s">{t('otherRelief')}</h3>
          <ul className="list">
            {result.notes.map((note) => (
              <li key={note.key}>{message(note)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {notFitting > 0 ? <p className="body body--secondary">{t('notFitting', { count: notFitting })}</p> : null}
    </section>
  );
}
