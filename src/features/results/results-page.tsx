import './results.css';

import { useMemo } from 'react';

import { BackLink } from '@/components/back-link';
import { FocusHeading } from '@/components/focus-heading';
import { HelpLines } from '@/components/help-lines';
import { MapLink } from '@/components/map-link';
import { useOffenseNamer } from '@/components/use-offense-name';
import { useTranslation } from '@/i18n/use-translation';
import { formatLawReviewed } from '@/lib/format-law-date';
import { possibleHarms } from '@/machines/answers';
import { ScreeningActor } from '@/machines/screening-actor';
import { answersToFacts } from '@/machines/to-facts';
import { factsSchema, screen } from '@/rules';

import { RenderRestContext, useRestOfPage } from './after-paint';
import { AttorneySummarySection } from './attorney-summary-view';
import { WhatYouCanDoNext } from './next-steps';
import { NotAdvice } from './not-advice';
import { RecordResultSection } from './record-result';
import { RESULTS_HELP_LINES_ID, SafetyFirst } from './safety-first';
import { ResultsSummary } from './summary';
import { useMessage, useResultsText } from './use-message';
import { WhatIfPanel } from './what-if/what-if-panel';

/**
 * The results, summary first: safety when the harm may be ongoing, then for each record the
 * recommended route, how likely it looks and the one next step, so a phone's first screen answers
 * "what now?". Then one list of next steps for the whole case, the details folded per record,
 * help lines, and a "what if" for students. Never a dead end.
 */
export function ResultsPage({
  onStartAgain,
  onShowMap,
  onNewScreening,
}: {
  /** Asks to confirm, then drops every answer. */
  onStartAgain: () => void;
  onShowMap?: () => void;
  /** For a helper: asks to confirm, then the next person starts with the same wording and language. */
  onNewScreening?: () => void;
}) {
  const { t, i18n } = useTranslation('results');
  const nameOffense = useOffenseNamer();
  const message = useMessage();
  const text = useResultsText();
  const actor = ScreeningActor.useActorRef();
  const answers = ScreeningActor.useSelector((s) => s.context.answers);
  const facts = useMemo(() => factsSchema.safeParse(answersToFacts(answers)), [answers]);
  const outcome = useMemo(() => (facts.success ? screen(facts.data) : undefined), [facts]);
  const harms = possibleHarms(answers);
  const rest = useRestOfPage();

  if (!outcome?.ok || !facts.success) {
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
  // The one next step for a case with several records: the first of "What you can do next".
  const caseNext = result.immigrationCaution
    ? text('next.immigration')
    : safetyFirst
      ? text('next.safety')
      : t('next.legalHelp');
  const titles = result.records.map((record, index) =>
    t('recordTitle', { number: index + 1, name: nameOffense(record.offense.code) ?? t('unknownOffense') }),
  );

  return (
    <div className="results">
      {/* The jump buttons above the rest of the page render it first, if it is not there yet. */}
      <RenderRestContext value={rest.renderNow}>
        <BackLink onBack={() => actor.send({ type: 'nav.back' })} />
        <FocusHeading className="heading-l results__heading">{text('heading')}</FocusHeading>
        {safetyFirst ? <SafetyFirst harms={harms} /> : null}
        <NotAdvice reviewed={reviewed} />
        <ResultsSummary records={result.records} titles={titles} caseNext={caseNext} />
        {result.immigrationCaution ? (
          <section className="panel panel--note" aria-labelledby="immigration-caution">
            <h2 className="heading-m" id="immigration-caution">
              {t('immigration.heading')}
            </h2>
            <p className="body">{text('immigration.body')}</p>
          </section>
        ) : null}
        <WhatYouCanDoNext result={result} safetyFirst={safetyFirst} titles={titles} />
        {/* Below the first screen: rendered just after the answer has painted (after-paint.ts). */}
        {rest.ready ? (
          <>
            {result.records.map((record, index) => (
              <RecordResultSection key={record.recordId} result={record} index={index} title={titles[index]!} />
            ))}
            {result.notes.length > 0 ? (
              <section aria-labelledby="case-notes">
                <h2 className="heading-m" id="case-notes">
                  {text('notesHeading')}
                </h2>
                <ul className="list">
                  {result.notes.map((note) => (
                    <li key={note.key}>{message(note)}</li>
                  ))}
                </ul>
              </section>
            ) : null}
            <HelpLines headingLevel={2} harms={harms} headingId={RESULTS_HELP_LINES_ID} />
            <WhatIfPanel facts={facts.data} result={result} titles={titles} unsafeNow={unsafeNow} />
            {/* A student studies the interview as a whole: the map of every question, one step away. */}
            {answers.audience === 'learner' && onShowMap ? <MapLink onShowMap={onShowMap} /> : null}
            <AttorneySummarySection answers={answers} result={result} />
            <div className="button-group">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => actor.send({ type: 'nav.back' })}
              >
                {text('changeAnswers')}
              </button>
              {answers.audience === 'helper' && onNewScreening ? (
                <button type="button" className="button button--secondary" onClick={onNewScreening}>
                  {t('newScreening')}
                </button>
              ) : (
                <button type="button" className="button button--secondary" onClick={onStartAgain}>
                  {t('startAgain')}
                </button>
              )}
            </div>
          </>
        ) : null}
      </RenderRestContext>
    </div>
  );
}
