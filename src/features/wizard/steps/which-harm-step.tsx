import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';

import { Checkboxes } from '@/components/checkboxes';
import { Fieldset } from '@/components/fieldset';
import { possibleHarms } from '@/machines/replies';
import { ScreeningActor } from '@/machines/screening-actor';
import { HARM_KINDS } from '@/rules';

import { QuestionLayout } from '../question-layout';
import { useCurrentAnswer } from '../use-answer';
import { useQuestionText } from '../use-wizard-text';

/** Which harm a record is tied to: PC 236.14 (trafficking) or PC 236.15 (partner or sexual violence). */
export const whichHarmSchema = z.strictObject({ harms: z.array(z.enum(HARM_KINDS)).check(z.maxLength(3)) });

export function WhichHarmStep() {
  const question = useQuestionText('recordWhichHarm');
  const actor = ScreeningActor.useActorRef();
  const offered = ScreeningActor.useSelector((s) => possibleHarms(s.context.answers));
  const saved = useCurrentAnswer() as readonly (typeof HARM_KINDS)[number][] | undefined;
  const { register, handleSubmit } = useForm({
    resolver: zodResolver(whichHarmSchema),
    // A tick for a harm no longer offered (since answered "no") could not be unticked: drop it.
    defaultValues: { harms: (saved ?? []).filter((harm) => offered.includes(harm)) },
  });
  const submit = handleSubmit(({ harms }) => actor.send({ type: 'answer.submit', value: harms }));
  const items = offered.map((harm) => ({ value: harm, label: question.text(`harms.${harm}`) }));
  return (
    <QuestionLayout onSubmit={(event) => void submit(event)}>
      <Fieldset id="which-harm" heading={question.heading} hint={question.hint} why={question.why}>
        <Checkboxes id="which-harm" items={items} field={register('harms')} or={question.or} />
      </Fieldset>
    </QuestionLayout>
  );
}
