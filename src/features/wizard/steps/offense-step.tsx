import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FocusHeading } from '@/components/focus-heading';
import { WhyWeAsk } from '@/components/why-we-ask';
import { ScreeningActor } from '@/machines/screening-actor';
import { OFFENSE_CODE_PATTERN, findOffense, normaliseOffenseCode } from '@/rules';
import { searchOffenses } from '@/rules/offenses/search';
import type { SummaryError } from '@/components/error-summary';
import { QuestionLayout } from '../question-layout';
import { useWizardText } from '../use-wizard-text';

/**
 * The offense picker: people search in their own words ("store", "drugs") or by code ("459.5"),
 * then pick a match. "I don't know" is always there. A code we do not know can be kept as typed:
 * the rules screen it as "offense not recognised".
 */
export const offenseSchema = z
  .strictObject({ query: z.string().max(80), offense: z.string().max(40).nullish() })
  .refine((v) => (v.offense !== undefined && v.offense !== null) || v.query.trim() === '', {
    error: 'validation:offense.pickOne',
    path: ['offense'],
  });

type Names = Readonly<Record<string, { name: string; searchWords: string }>>;

export function OffenseStep() {
  const { text } = useWizardText();
  const { t, i18n } = useTranslation('offenses');
  const { t: tv } = useTranslation('validation');
  const actor = ScreeningActor.useActorRef();
  const saved = ScreeningActor.useSelector((s) => s.context.answers.records[s.context.position.record]?.offense);
  const initial = saved && saved !== 'skipped' ? saved : undefined;
  const { register, handleSubmit, control, formState } = useForm({
    resolver: zodResolver(offenseSchema),
    defaultValues: { query: '', offense: initial },
  });
  const query = useWatch({ control, name: 'query' });
  const selected = useWatch({ control, name: 'offense' });
  const names = i18n.getResourceBundle(i18n.resolvedLanguage ?? 'en', 'offenses') as Names;
  const matches = useMemo(() => (query.trim() ? searchOffenses(query, names, 8) : []), [query, names]);
  const translate = t as unknown as (key: string) => string;

  // Keep the current choice visible even when the search no longer matches it.
  const chosenEntry = selected && selected !== 'unsure' && selected !== 'prefer_not' ? findOffense(selected) : undefined;
  const shown = chosenEntry && !matches.some((m) => m.id === chosenEntry.id) ? [chosenEntry, ...matches] : matches;
  const typedCode = normaliseOffenseCode(query);
  const canKeepTyped = OFFENSE_CODE_PATTERN.test(typedCode) && !findOffense(typedCode);
  const keepTypedValue = selected && !findOffense(selected) && selected !== 'unsure' && selected !== 'prefer_not' ? selected : undefined;

  const errors: SummaryError[] =
    formState.isSubmitted && formState.errors.offense
      ? [{ fieldId: 'offense-search', message: tv('offense.pickOne') }]
      : [];
  const submit = handleSubmit(({ offense }) => actor.send({ type: 'answer.submit', value: offense ?? 'skipped' }));

  return (
    <QuestionLayout
      errors={errors}
      onSubmit={(event) => void submit(event)}
    >
      {/* GOV.UK question pages: the label is the page heading, inside the h1 (a heading may not sit in a label). */}
      <FocusHeading>
        <label htmlFor="offense-search" className="label-heading">
          {text('steps.recordOffense.heading')}
        </label>
      </FocusHeading>
      <p className="hint" id="offense-search-hint">
        {text('steps.recordOffense.hint')}
      </p>
      <WhyWeAsk>{text('steps.recordOffense.why')}</WhyWeAsk>
      {errors.length > 0 ? (
        <p className="error-message" id="offense-search-error">
          {errors[0]!.message}
        </p>
      ) : null}
      <input
        className="input"
        id="offense-search"
        type="search"
        inputMode="search"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby={`offense-search-hint${errors.length > 0 ? ' offense-search-error' : ''}`}
        aria-invalid={errors.length > 0 || undefined}
        aria-controls="offense-results"
        {...register('query')}
      />
      <fieldset className="fieldset" id="offense-results">
        <legend className="fieldset__legend fieldset__legend--s">
          {query.trim() ? text('steps.recordOffense.matches', { count: matches.length }) : text('steps.recordOffense.choose')}
        </legend>
        <p className="visually-hidden" role="status">
          {query.trim() ? text('steps.recordOffense.matches', { count: matches.length }) : ''}
        </p>
        <div className="radios">
          {shown.map((entry) => (
            <div className="radios__item" key={entry.id}>
              <input className="radios__input" id={`offense-${entry.id}`} type="radio" value={entry.code} {...register('offense')} />
              <label className="radios__label" htmlFor={`offense-${entry.id}`}>
                {translate(`${entry.id}.name`)} <span className="code">({entry.code})</span>
              </label>
            </div>
          ))}
          {canKeepTyped || keepTypedValue ? (
            <div className="radios__item">
              <input
                className="radios__input"
                id="offense-typed"
                type="radio"
                value={keepTypedValue ?? typedCode}
                {...register('offense')}
              />
              <label className="radios__label" htmlFor="offense-typed">
                {text('steps.recordOffense.options.typed', { code: keepTypedValue ?? typedCode })}
              </label>
            </div>
          ) : null}
          <p className="radios__divider">{text('or')}</p>
          {(['unsure', 'prefer_not'] as const).map((value) => (
            <div className="radios__item" key={value}>
              <input className="radios__input" id={`offense-${value}`} type="radio" value={value} {...register('offense')} />
              <label className="radios__label" htmlFor={`offense-${value}`}>
                {text(`steps.recordOffense.options.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </QuestionLayout>
  );
}
