import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';

import { Checkboxes } from '@/components/checkboxes';
import { Fieldset } from '@/components/fieldset';
import type { RecordAnswers } from '@/machines/answers';
import { questionOf } from '@/machines/flow';
import { possibleHarms } from '@/machines/replies';
import { ScreeningActor } from '@/machines/screening-actor';
import { HARM_KINDS, type HarmKind } from '@/rules';

import { QuestionLayout } from '../question-layout';
import { useCurrentAnswer } from '../use-answer';
import { useQuestionText } from '../use-wizard-text';
import { ticksAfter } from './exclusive-ticks';

/** "I'm not sure" and "I'd rather not say" each stand alone: no harm picked, every one stays linked. */
const NO_PICK = ['unsure', 'prefer_not'] as const;
type NoPick = (typeof NO_PICK)[number];
const isNoPick = (choice: string): choice is NoPick => (NO_PICK as readonly string[]).includes(choice);

/** Which harm a record is tied to: PC 236.14 (trafficking) or PC 236.15 (partner or sexual violence). */
export const whichHarmSchema = z.strictObject({
  harms: z.array(z.enum([...HARM_KINDS, ...NO_PICK])).check(z.maxLength(HARM_KINDS.length)),
});

export function WhichHarmStep() {
  const question = useQuestionText('recordWhichHarm');
  const actor = ScreeningActor.useActorRef();
  const offered = ScreeningActor.useSelector((s) => possibleHarms(s.context.answers));
  const saved = useCurrentAnswer() as RecordAnswers['linkedHarms'];
  // A tick for a harm no longer offered (since answered "no") could not be unticked: drop it.
  const initial: string[] = Array.isArray(saved)
    ? saved.filter((harm) => offered.includes(harm))
    : saved
      ? [saved]
      : [];
  const { register, handleSubmit, setValue, getValues } = useForm({
    resolver: zodResolver(whichHarmSchema),
    defaultValues: { harms: initial as z.output<typeof whichHarmSchema>['harms'] },
  });
  const onTick = (choice: string, checked: boolean) => {
    if (checked) setValue('harms', ticksAfter(getValues('harms'), choice, NO_PICK) as never);
  };
  const submit = handleSubmit(({ harms }) => {
    const noPick = harms.find(isNoPick);
    actor.send({ type: 'answer.submit', value: noPick ?? harms.filter((h): h is HarmKind => !isNoPick(h)) });
  });
  const items = [
    ...offered.map((harm) => ({ value: harm, label: question.text(`harms.${harm}`) })),
    ...question.items(questionOf('recordWhichHarm')?.options ?? []),
  ];
  return (
    <QuestionLayout onSubmit={(event) => void submit(event)}>
      <Fieldset id="which-harm" heading={question.heading} hint={question.hint} why={question.why}>
        <Checkboxes id="which-harm" items={items} field={register('harms')} or={question.or} onTick={onTick} />
      </Fieldset>
    </QuestionLayout>
  );
}
