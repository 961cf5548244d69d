import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FocusHeading } from '@/components/focus-heading';
import { WhyWeAsk } from '@/components/why-we-ask';
import { possibleHarms } from '@/machines/answers';
import { ScreeningActor } from '@/machines/screening-actor';
import { HARM_KINDS } from '@/rules/facts';
import { QuestionLayout } from '../question-layout';
import { useWizardText } from '../use-wizard-text';

/** Which harm a record is tied to: PC 236.14 (trafficking) or PC 236.15 (partner or sexual violence). */
export const whichHarmSchema = z.strictObject({ harms: z.array(z.enum(HARM_KINDS)).max(3) });

export function WhichHarmStep() {
  const { text } = useWizardText();
  const actor = ScreeningActor.useActorRef();
  const offered = ScreeningActor.useSelector((s) => possibleHarms(s.context.answers));
  const saved = ScreeningActor.useSelector((s) => s.context.answers.records[s.context.position.record]?.linkedHarms);
  const { register, handleSubmit } = useForm({
    resolver: zodResolver(whichHarmSchema),
    // A tick for a harm no longer offered (since answered "no") could not be unticked: drop it.
    defaultValues: { harms: (saved ?? []).filter((harm) => offered.includes(harm)) },
  });
  const submit = handleSubmit(({ harms }) => actor.send({ type: 'answer.submit', value: harms }));
  return (
    <QuestionLayout onSubmit={(event) => void submit(event)}>
      <fieldset className="fieldset" aria-describedby="which-harm-hint">
        <legend className="fieldset__legend">
          <FocusHeading>{text('steps.recordWhichHarm.heading')}</FocusHeading>
        </legend>
        <p className="hint" id="which-harm-hint">
          {text('steps.recordWhichHarm.hint')}
        </p>
        <WhyWeAsk>{text('steps.recordWhichHarm.why')}</WhyWeAsk>
        <div className="checkboxes">
          {offered.map((harm, index) => (
            <div className="checkboxes__item" key={harm}>
              <input
                className="checkboxes__input"
                id={index === 0 ? 'which-harm' : `which-harm-${harm}`}
                type="checkbox"
                value={harm}
                {...register('harms')}
              />
              <label className="checkboxes__label" htmlFor={index === 0 ? 'which-harm' : `which-harm-${harm}`}>
                {text(`harms.${harm}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </QuestionLayout>
  );
}
