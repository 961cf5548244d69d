import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useMemo } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod/mini';

import { Checkboxes } from '@/components/checkboxes';
import type { SummaryError } from '@/components/error-summary';
import { Fieldset } from '@/components/fieldset';
import { useTranslation } from '@/i18n/use-translation';
import type { Answers } from '@/machines/answers';
import { ScreeningActor } from '@/machines/screening-actor';
import { EVIDENCE_KINDS } from '@/rules';

import { QuestionLayout } from '../question-layout';
import { useCurrentAnswer } from '../use-answer';
import { useQuestionText } from '../use-wizard-text';

/** "None of these", "I'm not sure" and "I'd rather not say" each stand alone (GOV.UK exclusive checkbox). */
const EXCLUSIVE = ['none', 'unsure', 'prefer_not'] as const;
type Choice = (typeof EVIDENCE_KINDS)[number] | (typeof EXCLUSIVE)[number];
const isExclusive = (choice: string) => (EXCLUSIVE as readonly string[]).includes(choice);

export const evidenceSchema = z
  .strictObject({
    choices: z.array(z.enum([...EVIDENCE_KINDS, ...EXCLUSIVE])).check(z.maxLength(EVIDENCE_KINDS.length + 3)),
  })
  .check(
    z.refine((v) => v.choices.filter(isExclusive).length === 0 || v.choices.length === 1, {
      error: 'validation:evidence.exclusive',
      path: ['choices'],
    }),
  );

export function EvidenceStep() {
  const { t: tv } = useTranslation('validation');
  const actor = ScreeningActor.useActorRef();
  const saved = useCurrentAnswer() as Answers['evidence'];
  const initial: Choice[] =
    !saved || saved.reply === 'skipped' ? [] : saved.reply === 'documents' ? [...saved.kinds] : [saved.reply];
  const { register, handleSubmit, setValue, getValues, formState } = useForm({
    resolver: zodResolver(evidenceSchema),
    defaultValues: { choices: initial },
  });
  const error = formState.isSubmitted && formState.errors.choices ? tv('evidence.exclusive') : undefined;

  // useForm renders its owner a second time right after mounting (it marks the form ready in a
  // layout effect). The page below gets only props that keep their identity, so that render stops here.
  const form = useMemo(
    () => ({
      field: register('choices'),
      // Ticking an exclusive option clears the others, and ticking a document clears the exclusive ones.
      onTick: (choice: string, checked: boolean) => {
        if (!checked) return;
        setValue(
          'choices',
          getValues('choices').filter((c) => (isExclusive(choice) ? c === choice : !isExclusive(c))),
        );
      },
      submit: handleSubmit(({ choices }) => {
        const exclusive = choices.find((c): c is (typeof EXCLUSIVE)[number] => isExclusive(c));
        const kinds = choices.filter((c): c is (typeof EVIDENCE_KINDS)[number] => !isExclusive(c));
        actor.send({
          type: 'answer.submit',
          value: { reply: exclusive ?? (kinds.length > 0 ? 'documents' : 'skipped'), kinds },
        });
      }),
    }),
    [register, setValue, getValues, handleSubmit, actor],
  );
  return <EvidencePage error={error} field={form.field} onTick={form.onTick} submit={form.submit} />;
}

const EvidencePage = memo(function EvidencePage({
  error,
  field,
  onTick,
  submit,
}: {
  error: string | undefined;
  field: UseFormRegisterReturn;
  onTick: (choice: string, checked: boolean) => void;
  submit: (event: React.FormEvent<HTMLFormElement>) => Promise<void>;
}) {
  const question = useQuestionText('evidence');
  const errors: SummaryError[] = error ? [{ fieldId: 'evidence', message: error }] : [];
  const item = (choice: Choice, index: number) => ({
    value: choice,
    label: question.text(`steps.evidence.options.${choice}.label`),
    hint: question.text(`steps.evidence.options.${choice}.hint`),
    dividerBefore: index === 0 && isExclusive(choice),
  });
  const items = [...EVIDENCE_KINDS.map(item), ...EXCLUSIVE.map(item)];
  return (
    <QuestionLayout errors={errors} onSubmit={(event) => void submit(event)}>
      <Fieldset id="evidence-question" heading={question.heading} hint={question.hint} why={question.why} error={error}>
        <Checkboxes id="evidence" items={items} field={field} or={question.or} onTick={onTick} />
      </Fieldset>
    </QuestionLayout>
  );
});
