import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FocusHeading } from '@/components/focus-heading';
import { WhyWeAsk } from '@/components/why-we-ask';
import { RECORD_FIELD, TOP_FIELD, isRecordStep } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';
import { QuestionLayout } from '../question-layout';
import { useWizardText } from '../use-wizard-text';
import { CHOICE_STEPS, type ChoiceStepId } from './choice-steps';
import { GlossaryText } from '@/components/glossary/glossary-text';

/**
 * Any option, or nothing at all: no question is ever required to move on. An unticked radio group
 * reads as `null` in react-hook-form, so null is "nothing chosen" too.
 */
export const choiceSchema = (values: readonly [string, ...string[]]) =>
  z.strictObject({ answer: z.enum(values).nullish() });

function useCurrentValue(step: ChoiceStepId): string | undefined {
  return ScreeningActor.useSelector((s) => {
    const { answers, position } = s.context;
    const value = isRecordStep(step)
      ? answers.records[position.record]?.[RECORD_FIELD[step]]
      : answers[TOP_FIELD[step as keyof typeof TOP_FIELD]];
    return typeof value === 'string' && value !== 'skipped' ? value : undefined;
  });
}

export function ChoiceStep({ step }: { step: ChoiceStepId }) {
  const options = CHOICE_STEPS[step];
  const values = options.map((o) => o.value) as unknown as [string, ...string[]];
  const { text, has } = useWizardText();
  const actor = ScreeningActor.useActorRef();
  const current = useCurrentValue(step);
  const { register, handleSubmit } = useForm({
    resolver: zodResolver(choiceSchema(values)),
    defaultValues: { answer: current },
  });
  const base = `steps.${step}`;
  const hintId = `${step}-hint`;
  const submit = handleSubmit(({ answer }) => actor.send({ type: 'answer.submit', value: answer ?? 'skipped' }));
  return (
    <QuestionLayout onSubmit={(event) => void submit(event)}>
      <fieldset className="fieldset" aria-describedby={has(`${base}.hint`) ? hintId : undefined}>
        <legend className="fieldset__legend">
          <FocusHeading>{text(`${base}.heading`)}</FocusHeading>
        </legend>
        {has(`${base}.hint`) ? (
          <p className="hint" id={hintId}>
            <GlossaryText text={text(`${base}.hint`)} />
          </p>
        ) : null}
        {has(`${base}.why`) ? <WhyWeAsk>{text(`${base}.why`)}</WhyWeAsk> : null}
        <div className="radios">
          {options.map((option, index) => {
            const id = index === 0 ? `${step}-answer` : `${step}-answer-${option.value}`;
            const label = `${base}.options.${'label' in option ? option.label : option.value}`;
            const hasHint = has(`${label}Hint`);
            return (
              <div key={option.value}>
                {'dividerBefore' in option && option.dividerBefore ? <p className="radios__divider">{text('or')}</p> : null}
                <div className="radios__item">
                  <input
                    className="radios__input"
                    id={id}
                    type="radio"
                    value={option.value}
                    aria-describedby={hasHint ? `${id}-hint` : undefined}
                    {...register('answer')}
                  />
                  <label className="radios__label" htmlFor={id}>
                    {text(label)}
                  </label>
                  {hasHint ? (
                    <p className="radios__hint" id={`${id}-hint`}>
                      {text(`${label}Hint`)}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </QuestionLayout>
  );
}
