import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';

import { Checkboxes } from '@/components/checkboxes';
import type { SummaryError } from '@/components/error-summary';
import { Fieldset } from '@/components/fieldset';
import { useTranslation } from '@/i18n/use-translation';
import { questionOf } from '@/machines/flow';
import { HARM_EXCLUSIVE, harmChoiceOf, type HarmExclusive, type HarmReplies, harmRepliesFor } from '@/machines/replies';
import { ScreeningActor } from '@/machines/screening-actor';
import { HARM_KINDS, type HarmKind } from '@/rules';

import { QuestionLayout } from '../question-layout';
import { useCurrentAnswer } from '../use-answer';
import { useQuestionText } from '../use-wizard-text';
import { ticksAfter } from './exclusive-ticks';

const isExclusive = (choice: string): choice is HarmExclusive => (HARM_EXCLUSIVE as readonly string[]).includes(choice);

/**
 * One page for what happened. Unlike other questions it needs a choice: an empty page would be
 * read as "nothing happened" or "rather not say" without the person saying so. The message says
 * that "I'd rather not say" is always fine, so no one is pushed to tell more than they want.
 */
export const harmsSchema = z
  .strictObject({
    choices: z.array(z.enum([...HARM_KINDS, ...HARM_EXCLUSIVE])).check(z.maxLength(HARM_KINDS.length + 1)),
  })
  .check(
    z.refine((v) => v.choices.length > 0, { error: 'validation:harms.pickOne', path: ['choices'] }),
    z.refine((v) => v.choices.filter(isExclusive).length === 0 || v.choices.length === 1, {
      error: 'validation:harms.exclusive',
      path: ['choices'],
    }),
  );

/** The ticks that show a stored answer again (an old file's mixed answers show their "yes" ticks). */
type Tick = HarmKind | HarmExclusive;

export function ticksFor(saved: HarmReplies | undefined): Tick[] {
  const shown = harmChoiceOf(saved);
  if (shown.choice === 'harms') return [...shown.kinds];
  if (shown.choice === 'mixed') return HARM_KINDS.filter((harm) => saved?.[harm] === 'yes');
  return shown.choice === 'skipped' ? [] : [shown.choice];
}

export function HarmsStep() {
  const question = useQuestionText('harms');
  const { t: tv } = useTranslation('validation');
  const actor = ScreeningActor.useActorRef();
  const saved = useCurrentAnswer() as HarmReplies | undefined;
  const { register, handleSubmit, setValue, getValues, formState } = useForm({
    resolver: zodResolver(harmsSchema),
    defaultValues: { choices: ticksFor(saved) },
  });
  const problem = formState.errors.choices?.message ?? formState.errors.choices?.root?.message;
  const message = problem === 'validation:harms.exclusive' ? tv('harms.exclusive') : tv('harms.pickOne');
  const error = formState.isSubmitted && problem ? message : undefined;
  const errors: SummaryError[] = error ? [{ fieldId: 'harms', message: error }] : [];

  const onTick = (choice: string, checked: boolean) => {
    if (checked) setValue('choices', ticksAfter(getValues('choices'), choice, HARM_EXCLUSIVE) as Tick[]);
  };

  const submit = handleSubmit(({ choices }) => {
    const exclusive = choices.find(isExclusive);
    const kinds = choices.filter((c): c is HarmKind => !isExclusive(c));
    actor.send({ type: 'answer.submit', value: harmRepliesFor(kinds, exclusive) });
  });

  const items = question.items(questionOf('harms')?.options ?? []);
  return (
    <QuestionLayout errors={errors} onSubmit={(event) => void submit(event)}>
      <Fieldset id="harms-question" heading={question.heading} hint={question.hint} why={question.why} error={error}>
        <Checkboxes id="harms" items={items} field={register('choices')} or={question.or} onTick={onTick} />
      </Fieldset>
    </QuestionLayout>
  );
}
