import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SummaryError } from '@/components/error-summary';
import { FocusHeading } from '@/components/focus-heading';
import { WhyWeAsk } from '@/components/why-we-ask';
import { ScreeningActor } from '@/machines/screening-actor';
import { EVIDENCE_KINDS } from '@/rules/facts';
import { QuestionLayout } from '../question-layout';
import { useWizardText } from '../use-wizard-text';

/** "None of these", "I'm not sure" and "I'd rather not say" each stand alone (GOV.UK exclusive checkbox). */
const EXCLUSIVE = ['none', 'unsure', 'prefer_not'] as const;
type Choice = (typeof EVIDENCE_KINDS)[number] | (typeof EXCLUSIVE)[number];

export const evidenceSchema = z
  .strictObject({ choices: z.array(z.enum([...EVIDENCE_KINDS, ...EXCLUSIVE])).max(EVIDENCE_KINDS.length + 3) })
  .refine((v) => v.choices.filter((c) => (EXCLUSIVE as readonly string[]).includes(c)).length === 0 || v.choices.length === 1, {
    error: 'validation:evidence.exclusive',
    path: ['choices'],
  });

export function EvidenceStep() {
  const { text } = useWizardText();
  const { t: tv } = useTranslation('validation');
  const actor = ScreeningActor.useActorRef();
  const saved = ScreeningActor.useSelector((s) => s.context.answers.evidence);
  const initial: Choice[] = !saved || saved.reply === 'skipped' ? [] : saved.reply === 'documents' ? [...saved.kinds] : [saved.reply];
  const { register, handleSubmit, setValue, getValues, formState } = useForm({
    resolver: zodResolver(evidenceSchema),
    defaultValues: { choices: initial },
  });
  const errors: SummaryError[] =
    formState.isSubmitted && formState.errors.choices ? [{ fieldId: 'evidence', message: tv('evidence.exclusive') }] : [];

  // Ticking an exclusive option clears the others, and ticking a document clears the exclusive ones.
  const onToggle = (choice: Choice, checked: boolean) => {
    if (!checked) return;
    const others = getValues('choices').filter((c) =>
      (EXCLUSIVE as readonly string[]).includes(choice) ? c === choice : !(EXCLUSIVE as readonly string[]).includes(c),
    );
    setValue('choices', others);
  };

  const submit = handleSubmit(({ choices }) => {
    const exclusive = choices.find((c): c is (typeof EXCLUSIVE)[number] => (EXCLUSIVE as readonly string[]).includes(c));
    const kinds = choices.filter((c): c is (typeof EVIDENCE_KINDS)[number] => (EVIDENCE_KINDS as readonly string[]).includes(c));
    const reply = exclusive ?? (kinds.length > 0 ? 'documents' : 'skipped');
    actor.send({ type: 'answer.submit', value: { reply, kinds } });
  });

  const box = (choice: Choice, index: number) => {
    const id = index === 0 ? 'evidence' : `evidence-${choice}`;
    const label = `steps.evidence.options.${choice}`;
    const field = register('choices');
    return (
      <div className="checkboxes__item" key={choice}>
        <input
          className="checkboxes__input"
          id={id}
          type="checkbox"
          value={choice}
          aria-describedby={`${id}-hint`}
          {...field}
          onChange={(event) => {
            void field.onChange(event);
            onToggle(choice, event.target.checked);
          }}
        />
        <label className="checkboxes__label" htmlFor={id}>
          {text(`${label}.label`)}
        </label>
        <p className="checkboxes__hint" id={`${id}-hint`}>
          {text(`${label}.hint`)}
        </p>
      </div>
    );
  };

  return (
    <QuestionLayout
      errors={errors}
      onSubmit={(event) => void submit(event)}
    >
      <fieldset className="fieldset" aria-describedby={`evidence-hint-main${errors.length > 0 ? ' evidence-error' : ''}`}>
        <legend className="fieldset__legend">
          <FocusHeading>{text('steps.evidence.heading')}</FocusHeading>
        </legend>
        <p className="hint" id="evidence-hint-main">
          {text('steps.evidence.hint')}
        </p>
        <WhyWeAsk>{text('steps.evidence.why')}</WhyWeAsk>
        {errors.length > 0 ? (
          <p className="error-message" id="evidence-error">
            {errors[0]!.message}
          </p>
        ) : null}
        <div className="checkboxes">
          {EVIDENCE_KINDS.map((kind, index) => box(kind, index))}
          <p className="checkboxes__divider">{text('or')}</p>
          {EXCLUSIVE.map((choice) => box(choice, 1))}
        </div>
      </fieldset>
    </QuestionLayout>
  );
}
