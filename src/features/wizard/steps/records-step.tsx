import { useEffect, useRef, useState } from 'react';

import { BackLink } from '@/components/back-link';
import { ErrorSummary } from '@/components/error-summary';
import { FocusHeading } from '@/components/focus-heading';
import { useOffenseName } from '@/components/use-offense-name';
import { useTranslation } from '@/i18n/use-translation';
import { MAX_RECORDS } from '@/lib/record-limit';
import type { RecordAnswers } from '@/machines/answers';
import { ScreeningActor } from '@/machines/screening-actor';

import { Progress } from '../progress';
import { recordFacets } from '../record-summary';
import { useWizardText } from '../use-wizard-text';

/**
 * The list of records (GOV.UK "add another" pattern): each record can be changed or removed,
 * another can be added, and the person moves on when the list is complete.
 */
export function RecordsStep() {
  const { text } = useWizardText();
  const { t: tv } = useTranslation('validation');
  const actor = ScreeningActor.useActorRef();
  const records = ScreeningActor.useSelector((s) => s.context.answers.records);
  // Results are per record, so there must be one to screen; its answers can all be "not sure".
  const [triedWithoutRecords, setTriedWithoutRecords] = useState(false);
  const errors =
    triedWithoutRecords && records.length === 0 ? [{ fieldId: 'add-record', message: tv('records.addOne') }] : [];
  return (
    <div className="question">
      <BackLink
        onBack={() => {
          const before = actor.getSnapshot().context.position;
          actor.send({ type: 'nav.back' });
          // Back onto the results is refused while there is no record: say why, kindly.
          if (actor.getSnapshot().context.position === before && records.length === 0) setTriedWithoutRecords(true);
        }}
      />
      <Progress />
      <ErrorSummary errors={errors} />
      <FocusHeading id="records-heading">{text('steps.records.heading', { count: records.length })}</FocusHeading>
      <p className="body">{text('steps.records.hint')}</p>
      {records.length === 0 ? <p className="body">{text('steps.records.empty')}</p> : null}
      <ul className="record-list">
        {records.map((record, index) => (
          <RecordRow key={record.id} record={record} index={index} />
        ))}
      </ul>
      {records.length >= MAX_RECORDS ? (
        <p className="body" id="records-limit">
          {text('steps.records.limit', { count: MAX_RECORDS })}
        </p>
      ) : null}
      <div className="button-group">
        {records.length < MAX_RECORDS ? (
          <button
            type="button"
            id="add-record"
            className="button button--secondary"
            onClick={() => actor.send({ type: 'record.add' })}
          >
            {records.length === 0 ? text('steps.records.addFirst') : text('steps.records.add')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() => (records.length === 0 ? setTriedWithoutRecords(true) : actor.send({ type: 'answer.submit' }))}
        >
          {text('continue')}
        </button>
      </div>
    </div>
  );
}

function RecordRow({ record, index }: { record: RecordAnswers; index: number }) {
  const { text } = useWizardText();
  const actor = ScreeningActor.useActorRef();
  const [confirming, setConfirming] = useState(false);
  // Keep keyboard and screen-reader users in place: the question when it opens, the Remove button
  // again when they keep the record.
  const confirmRef = useRef<HTMLDivElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) removeRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const name = useOffenseName(record.offense) ?? text('steps.records.unknownOffense');
  const title = text('record.caption', { number: index + 1 });
  return (
    <li className="record-list__item">
      <h2 className="heading-s">
        {title} <span className="record-list__name">{name}</span>
      </h2>
      <p className="body body--secondary">
        {recordFacets(record)
          .map((key) => text(key))
          .join(' · ')}
      </p>
      {confirming ? (
        <div
          className="inline-confirm"
          role="group"
          aria-label={text('steps.records.confirmRemove', { record: title })}
          tabIndex={-1}
          ref={confirmRef}
        >
          <p className="body">{text('steps.records.confirmRemove', { record: title })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              actor.send({ type: 'record.remove', record: index });
              // The row is gone; the page heading (now "You have added N records") is the next place.
              document.getElementById('records-heading')?.focus();
            }}
          >
            {text('steps.records.yesRemove')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            {text('steps.records.keep')}
          </button>
        </div>
      ) : (
        <div className="record-list__actions">
          <button
            type="button"
            className="link-button"
            onClick={() => actor.send({ type: 'record.change', record: index })}
          >
            {text('change')} <span className="visually-hidden">{title}</span>
          </button>
          <button type="button" className="link-button" ref={removeRef} onClick={() => setConfirming(true)}>
            {text('steps.records.remove')} <span className="visually-hidden">{title}</span>
          </button>
        </div>
      )}
    </li>
  );
}
