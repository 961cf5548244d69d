import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useMemo } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod/mini';

import { Fieldset } from '@/components/fieldset';
import { Radios } from '@/components/radios';
import type { ChoiceOption } from '@/machines/replies';
import { ScreeningActor } from '@/machines/screening-actor';

import { QuestionLayout } from '../question-layout';
import { useCurrentAnswer } from '../use-answer';
import { useQuestionText } from '../use-wizard-text';

/**
 * Any option, or nothing at all: no question is ever required to move on. An unticked radio group
 * reads as `null` in react-hook-form, so null is "nothing chosen" too.
 */
export const choiceSchema = (values: readonly [string, ...string[]]) =>
  z.strictObject({ answer: z.nullish(z.enum(values)) });

/** A question answered by picking one option (the table's `radios` control). */
export function ChoiceStep({ step, options }: { step: string; options: readonly ChoiceOption[] }) {
  const actor = ScreeningActor.useActorRef();
  const current = useCurrentAnswer();
  const { register, handleSubmit } = useForm({
    resolver: zodResolver(choiceSchema(options.map((o) => o.value) as [string, ...string[]])),
    defaultValues: { answer: typeof current === 'string' && current !== 'skipped' ? current : undefined },
  });
  // useForm renders its owner a second time right after mounting (it marks the form ready in a
  // layout effect). The page below gets only props that keep their identity, so that render stops here.
  const form = useMemo(
    () => ({
      field: register('answer'),
      submit: handleSubmit(({ answer }) => actor.send({ type: 'answer.submit', value: answer ?? 'skipped' })),
    }),
    [register, handleSubmit, actor],
  );
  return <ChoicePage step={step} options={options} field={form.field} submit={form.submit} />;
}

const ChoicePage = memo(function ChoicePage({
  step,
  options,
  field,
  submit,
}: {
  step: string;
  options: readonly ChoiceOption[];
  field: UseFormRegisterReturn;
  submit: (event: React.FormEvent<HTMLFormElement>) => Promise<void>;
}) {
  const question = useQuestionText(step);
  return (
    <QuestionLayout onSubmit={(event) => void submit(event)}>
      <Fieldset id={step} heading={question.heading} hint={question.hint} why={question.why}>
        <Radios id={`${step}-answer`} items={question.items(options)} field={field} or={question.or} />
      </Fieldset>
    </QuestionLayout>
  );
});
