import { useState } from 'react';

import { BackLink } from '@/components/back-link';
import { ErrorSummary } from '@/components/error-summary';
import { FocusHeading } from '@/components/focus-heading';
import { useOffenseName } from '@/components/use-offense-name';
import { useTranslation } from '@/i18n/use-translation';
import type { Answers } from '@/machines/answers';
import { answerAt, answeredPath, isRecordStep, type Position, questionOf, sectionOf } from '@/machines/flow';
import { harmChoiceOf, type HarmReplies } from '@/machines/replies';
import { ScreeningActor } from '@/machines/screening-actor';
import { HARM_KINDS } from '@/rules';

import { useWizardText } from './use-wizard-text';

/**
 * GOV.UK "Check your answers": every answer on the current path with a Change link; after a change
 * the person comes straight back here. Skipped answers show as "Not answered".
 */
export function CheckAnswers() {
  const { text } = useWizardText();
  const actor = ScreeningActor.useActorRef();
  const answers = ScreeningActor.useSelector((s) => s.context.answers);
  const { t: tv } = useTranslation('validation');
  // Results are per record: with every record removed, the way on is the list of records.
  const [triedWithoutRecords, setTriedWithoutRecords] = useState(false);
  const errors =
    triedWithoutRecords && answers.records.length === 0
      ? [{ fieldId: 'edit-records', message: tv('records.addOne') }]
      : [];
  const path = answeredPath(answers);
  // Grouped by the question table's sections: about you and what happened, each record, papers.
  const top = path.filter((p) => sectionOf(p.step) === 'aboutYou' || sectionOf(p.step) === 'whatHappened');
  const after = path.filter((p) => sectionOf(p.step) === 'papers');
  return (
    <div className="question">
      <BackLink onBack={() => actor.send({ type: 'nav.back' })} />
      <ErrorSummary errors={errors} />
      <FocusHeading>{text('checkAnswers.heading')}</FocusHeading>
      <p className="body">{text('checkAnswers.hint')}</p>
      <h2 className="heading-m">{text('checkAnswers.aboutYou')}</h2>
      <SummaryList positions={top} answers={answers} />
      {answers.records.map((record, index) => (
        <section key={record.id} aria-labelledby={`check-record-${index}`}>
          <h2 className="heading-m" id={`check-record-${index}`}>
            {text('record.caption', { number: index + 1 })}
          </h2>
          <SummaryList positions={path.filter((p) => isRecordStep(p.step) && p.record === index)} answers={answers} />
        </section>
      ))}
      <p className="body">
        <button
          type="button"
          id="edit-records"
          className="link-button"
          onClick={() => actor.send({ type: 'nav.change', step: 'records' })}
        >
          {text('checkAnswers.editRecords')}
        </button>
      </p>
      <h2 className="heading-m">{text('checkAnswers.documents')}</h2>
      <SummaryList positions={after} answers={answers} />
      <h2 className="heading-m">{text('checkAnswers.readyHeading')}</h2>
      <p className="body">{text('checkAnswers.readyBody')}</p>
      <button
        type="button"
        className="button"
        onClick={() =>
          answers.records.length === 0 ? setTriedWithoutRecords(true) : actor.send({ type: 'answer.submit' })
        }
      >
        {text('checkAnswers.submit')}
      </button>
    </div>
  );
}

function SummaryList({ positions, answers }: { positions: readonly Position[]; answers: Answers }) {
  return (
    <dl className="summary-list">
      {positions.map((position) => (
        <SummaryRow key={`${position.step}-${position.record}`} position={position} answers={answers} />
      ))}
    </dl>
  );
}

function SummaryRow({ position, answers }: { position: Position; answers: Answers }) {
  const { text } = useWizardText();
  const actor = ScreeningActor.useActorRef();
  const question = text(`steps.${position.step}.short`);
  const value = useAnswerText(position, answers);
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{question}</dt>
      <dd className="summary-list__value">{value}</dd>
      <dd className="summary-list__actions">
        <button
          type="button"
          className="link-button"
          onClick={() => actor.send({ type: 'nav.change', step: position.step, record: position.record })}
        >
          {text('change')} <span className="visually-hidden">{question}</span>
        </button>
      </dd>
    </div>
  );
}

/** The one "what happened" row: the ticks, the exclusive choice, or (an old file) each harm's reply. */
function harmsText(replies: HarmReplies, text: (key: string) => string, common: (key: string) => string): string {
  const shown = harmChoiceOf(replies);
  if (shown.choice === 'skipped') return common('notAnswered');
  if (shown.choice === 'prefer_not') return common('ratherNotSay');
  if (shown.choice === 'harms') return shown.kinds.map((kind) => text(`steps.harms.options.${kind}`)).join(', ');
  if (shown.choice !== 'mixed') return text(`steps.harms.options.${shown.choice}`);
  return HARM_KINDS.map(
    (kind) => `${text(`steps.harms.options.${kind}`)}: ${text(`steps.harms.reply.${replies[kind]}`)}`,
  ).join('; ');
}

function useAnswerText(position: Position, answers: Answers): string {
  const { text } = useWizardText();
  const { t } = useTranslation('common');
  const raw = answerAt(position, answers);
  const offenseName = useOffenseName(position.step === 'recordOffense' && typeof raw === 'string' ? raw : undefined);
  if (raw === undefined || raw === 'skipped') return t('notAnswered');
  if (raw === 'prefer_not') return t('ratherNotSay');
  const { step } = position;
  if (step === 'recordOffense')
    return raw === 'unsure' ? text('steps.recordOffense.options.unsure') : (offenseName ?? t('notAnswered'));
  if (step === 'harms') return harmsText(raw as HarmReplies, text, (key) => t(key as 'notAnswered'));
  if (step === 'recordWhichHarm') {
    if (raw === 'unsure') return text('steps.recordWhichHarm.options.unsure');
    const harms = raw as string[];
    return harms.length === 0 ? t('notAnswered') : harms.map((h) => text(`harms.${h}`)).join(', ');
  }
  if (step === 'evidence') {
    const evidence = raw as NonNullable<Answers['evidence']>;
    if (evidence.reply === 'skipped') return t('notAnswered');
    if (evidence.reply === 'prefer_not') return t('ratherNotSay');
    if (evidence.reply !== 'documents') return text(`steps.evidence.options.${evidence.reply}.label`);
    return evidence.kinds.map((k) => text(`steps.evidence.options.${k}.label`)).join(', ');
  }
  const option = questionOf(step)?.options?.find((o) => o.value === raw);
  if (option) return text(`steps.${step}.options.${option.label ?? option.value}`);
  return t('notAnswered');
}
