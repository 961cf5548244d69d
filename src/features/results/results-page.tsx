import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '@/components/back-link';
import { FocusHeading } from '@/components/focus-heading';
import { HelpLines } from '@/components/help-lines';
import { useOffenseNamer } from '@/components/use-offense-name';
import { possibleHarms } from '@/machines/answers';
import { formatLawReviewed } from '@/lib/format-law-date';
import { ScreeningActor } from '@/machines/screening-actor';
import { answersToFacts } from '@/machines/to-facts';
import { screen } from '@/rules';
import { AtAGlance } from './at-a-glance';
import { AttorneySummarySection } from './attorney-summary-view';
import { RecordResultSection } from './record-result';
import { useMessage } from './use-message';

/**
 * The results: safety first when the harm may be ongoing, then each record with its ways to
 * relief explained, then help lines and free legal help. Never a dead end.
 */
export function ResultsPage({ onStartAgain }: { onStartAgain: () => void }) {
  const { t, i18n } = useTranslation('results');
  const nameOffense = useOffenseNamer();
  const message = useMessage();
  const actor = ScreeningActor.useActorRef();
  const answers = ScreeningActor.useSelector((s) => s.context.answers);
  const outcome = useMemo(() => screen(answersToFacts(answers)), [answers]);
  const voice = answers.audience === 'helper' || answers.audience === 'learner' ? 'person' : 'self';
  const harms = possibleHarms(answers);

  if (!outcome.ok) {
    // Facts made by the wizard always validate (tested); this is a calm fallback, not a path.
    return (
      <div role="alert">
        <FocusHeading>{t('error.heading')}</FocusHeading>
        <p className="body">{t('error.body')}</p>
      </div>
    );
  }
  const { result } = outcome;
  // Also lead with safety when the person said now may not be a safe time (never asked of learners).
  const unsafeNow = answers.audience !== 'learner' && (answers.safeNow === 'no' || answers.safeNow === 'unsure');
  const safetyFirst = result.safetyFirst || unsafeNow;
  const reviewed = formatLawReviewed(i18n.resolvedLanguage, result.lawReviewed);
  const recordTitle = (index: number, code: string) =>
    t('recordTitle', { number: index + 1, name: nameOffense(code) ?? t('unknownOffense') });

  const titles = result.records.map((record, index) => recordTitle(index, record.offense.code));

  return (
    <div className="results">
      <BackLink onBack={() => actor.send({ type: 'nav.back' })} />
      <FocusHeading className="heading-xl">{t(`heading.${voice}`)}</FocusHeading>
      {safetyFirst ? (
        <section className="panel panel--safety" aria-labelledby="safety-first">
          <h2 className="heading-m" id="safety-first">
            {t('safetyFirst.heading')}
          </h2>
          <p className="body">{t('safetyFirst.body')}</p>
          <HelpLines headingLevel={3} harms={harms} />
        </section>
      ) : null}
      <div className="inset">
        <p className="body">{t('notAdvice')}</p>
        <p className="body">{t('reviewed', { date: reviewed })}</p>
      </div>
      {result.immigrationCaution ? (
        <section className="panel panel--note" aria-labelledby="immigration-caution">
          <h2 className="heading-m" id="immigration-caution">
            {t('immigration.heading')}
          </h2>
          <p className="body">{t('immigration.body')}</p>
        </section>
      ) : null}
      <AtAGlance records={result.records} titles={titles} />
      {result.records.map((record, index) => (
        <RecordResultSection key={record.recordId} result={record} index={index} title={titles[index]!} />
      ))}
      {result.notes.length > 0 ? (
        <section aria-labelledby="case-notes">
          <h2 className="heading-m" id="case-notes">
            {t('notesHeading')}
          </h2>
          <ul className="list">
            {result.notes.map((note) => (
              <li key={note.key}>{message(note)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="next-everyone">
        <h2 className="heading-m" id="next-everyone">
          {t('nextEveryone.heading')}
        </h2>
        <ol className="list">
          <li>{t('nextEveryone.record')}</li>
          <li>{t('nextEveryone.legalHelp')}</li>
          <li>{t('nextEveryone.keep')}</li>
        </ol>
      </section>
      {safetyFirst ? null : <HelpLines headingLevel={2} harms={harms} />}
      <AttorneySummarySection answers={answers} result={result} />
      <p className="body body--secondary" id="print-warning">
        {t('printWarning')}
      </p>
      <div className="button-group">
        <button type="button" className="button button--secondary" aria-describedby="print-warning" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'nav.back' })}>
          {t('changeAnswers')}
        </button>
        <button type="button" className="button button--secondary" onClick={onStartAgain}>
          {t('startAgain')}
        </button>
      </div>
    </div>
  );
}
