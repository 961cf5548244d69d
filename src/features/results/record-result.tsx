import { useTranslation } from 'react-i18next';
import { PATHWAY_IDS, type RecordResult } from '@/rules';
import { PathwayCard } from './pathway-card';
import { fittingPathways, recommended } from './rank';
import { useMessage, useRulesText } from './use-message';

/**
 * One record: its ways to relief that fit, the route the rules recommend first and opened; the ways
 * that do not fit this kind of record are folded away in one list, so nothing reads as a wall of
 * "no". Other relief the rules name for this record (not one of the fixed pathways) follows.
 */
export function RecordResultSection({ result, index, title }: { result: RecordResult; index: number; title: string }) {
  const { t } = useTranslation('results');
  const tr = useRulesText();
  const message = useMessage();
  const all = PATHWAY_IDS.map((id) => result.pathways[id]);
  const fitting = fittingPathways(result);
  const notFitting = all.filter((p) => !p.applies);
  const best = recommended(result);
  const headingId = `record-${index}-heading`;
  return (
    <section className="record-result" aria-labelledby={headingId}>
      <h2 className="heading-l" id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {!result.offense.recognised && result.offense.code !== 'unsure' ? (
        <p className="inset inset--note">{t('offenseNotRecognised', { code: result.offense.code })}</p>
      ) : null}
      {best ? (
        <p className="lead">
          {t('bestRoute', { route: tr(`pathway.${best.pathway}.title`), outcome: tr(`outcome.${best.outcome}.headline`) })}
        </p>
      ) : (
        <p className="lead">{t('noRoute')}</p>
      )}
      {fitting.map((pathway, i) => (
        <PathwayCard key={pathway.pathway} result={pathway} headingId={`record-${index}-${pathway.pathway}`} open={i === 0 && best !== undefined} />
      ))}
      {result.notes.length > 0 ? (
        <ul className="list" aria-label={t('otherRelief')}>
          {result.notes.map((note) => (
            <li key={note.key}>{message(note)}</li>
          ))}
        </ul>
      ) : null}
      {notFitting.length > 0 ? (
        <details className="details">
          <summary className="details__summary">{t('notFitting', { count: notFitting.length })}</summary>
          <div className="details__text">
            {notFitting.map((pathway) => (
              <PathwayCard key={pathway.pathway} result={pathway} headingId={`record-${index}-${pathway.pathway}`} open={false} />
            ))}
          </div>
        </details>
      ) : null}
    </section>
  );
}
