import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod/mini';

import type { SummaryError } from '@/components/error-summary';
import { FocusHeading } from '@/components/focus-heading';
import { OffenseSearch } from '@/components/offense-search/offense-search';
import { WhyWeAsk } from '@/components/why-we-ask';
import { useTranslation } from '@/i18n/use-translation';
import { ScreeningActor } from '@/machines/screening-actor';

import { QuestionLayout } from '../question-layout';
import { useWizardText } from '../use-wizard-text';

/**
 * The offense picker: people search in their own words ("store", "drugs") or by code ("459.5"),
 * then pick a match. "I don't know" is always there. Anything else can be kept as typed: the rules
 * screen it as "offense not recognised".
 */
export const offenseSchema = z
  .strictObject({
    query: z.string().check(z.maxLength(80)),
    offense: z.nullish(z.string().check(z.maxLength(40))),
  })
  .check(
    z.refine((v) => (v.offense !== undefined && v.offense !== null) || v.query.trim() === '', {
      error: 'validation:offense.pickOne',
      path: ['offense'],
    }),
  );

export function OffenseStep() {
  const actor = ScreeningActor.useActorRef();
  const saved = ScreeningActor.useSelector((s) => s.context.answers.records[s.context.position.record]?.offense);
  const initial = saved && saved !== 'skipped' ? saved : undefined;
  const { handleSubmit, control, formState, setValue } = useForm({
    resolver: zodResolver(offenseSchema),
    defaultValues: { query: '', offense: initial },
  });
  const query = useWatch({ control, name: 'query' });
  const selected = useWatch({ control, name: 'offense' });
  const { isSubmitted } = formState;
  const invalid = isSubmitted && formState.errors.offense !== undefined;
  // useForm renders its owner a second time right after mounting (it marks the form ready in a
  // layout effect). The page below gets only props that keep their identity, so that render stops here.
  const form = useMemo(
    () => ({
      submit: handleSubmit(({ offense }) => actor.send({ type: 'answer.submit', value: offense ?? 'skipped' })),
      onQueryChange: (value: string) => setValue('query', value),
      onChange: (value: string | undefined) => setValue('offense', value, { shouldValidate: isSubmitted }),
    }),
    [handleSubmit, setValue, actor, isSubmitted],
  );
  return <OffensePage invalid={invalid} query={query} selected={selected} {...form} />;
}

const OffensePage = memo(function OffensePage({
  invalid,
  query,
  selected,
  submit,
  onQueryChange,
  onChange,
}: {
  invalid: boolean;
  query: string;
  selected: string | null | undefined;
  submit: (event: React.FormEvent<HTMLFormElement>) => Promise<void>;
  onQueryChange: (value: string) => void;
  onChange: (value: string | undefined) => void;
}) {
  const { text } = useWizardText();
  const { t: tv } = useTranslation('validation');
  const errors: SummaryError[] = invalid ? [{ fieldId: 'offense-search', message: tv('offense.pickOne') }] : [];
  return (
    <QuestionLayout errors={errors} onSubmit={(event) => void submit(event)}>
      {/* GOV.UK question pages: the label is the page heading, inside the h1 (a heading may not sit in a label). */}
      <FocusHeading>
        <label htmlFor="offense-search" className="label-heading">
          {text('steps.recordOffense.heading')}
        </label>
      </FocusHeading>
      <p className="hint" id="offense-search-hint">
        {text('steps.recordOffense.hint')}
      </p>
      {errors.length > 0 ? (
        <p className="error-message" id="offense-search-error">
          {errors[0]!.message}
        </p>
      ) : null}
      <OffenseSearch
        inputId="offense-search"
        describedBy={`offense-search-hint${errors.length > 0 ? ' offense-search-error' : ''}`}
        invalid={errors.length > 0}
        query={query}
        onQueryChange={onQueryChange}
        value={selected}
        onChange={onChange}
      />
      {/* After the matches, as on every question: Tab goes from the heading straight to the box. */}
      <WhyWeAsk>{text('steps.recordOffense.why')}</WhyWeAsk>
    </QuestionLayout>
  );
});
