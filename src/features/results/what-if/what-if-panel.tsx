import { useId, useMemo, useState } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import type { Facts } from '@/rules';
import type { PathwayId, ScreeningResult } from '@/rules';
import { screen } from '@/rules';

import { Likelihood } from '../summary';
import { useResultsText } from '../use-message';
import { type Change, compareResults } from './compare';
import {
  CASE_CONTROLS,
  HARM_CHOICES,
  MIXED_HARMS,
  readCaseFact,
  readHarmChoice,
  readRecordFact,
  RECORD_CONTROLS,
  withCaseFact,
  withHarmChoice,
  withRecordFact,
} from './editable-facts';

/** Answer labels: the ones with their own wording, else the shared yes / no / not sure. */
const OWN_WORDING = new Set(['situation', 'noncitizen', 'stage']);

/**
 * "What if": change an answer that matters and see every outcome update at once, with each change
 * marked in words. It runs `screen()` on an edited copy of the facts, here in the page; the
 * person's real answers and results are never changed.
 */
export function WhatIfPanel({
  facts: realFacts,
  result: real,
  titles,
  unsafeNow,
}: {
  facts: Facts;
  result: ScreeningResult;
  titles: readonly string[];
  unsafeNow: boolean;
}) {
  const { t } = useTranslation('results');
  const text = useResultsText();
  const [facts, setFacts] = useState(realFacts);
  // Unedited, the facts are the real ones: their result is already here (a second screen() on the
  // press of "See my results" would only slow it down).
  const outcome = useMemo(
    () => (facts === realFacts ? { ok: true as const, result: real } : screen(facts)),
    [facts, realFacts, real],
  );
  if (!outcome.ok) return null; // Edits keep to the facts vocabulary, so this cannot happen (tested).
  const comparison = compareResults(real, outcome.result, { unsafeNow });
  const edited = facts !== realFacts;

  // Keys built from the facts vocabulary; what-if.test.tsx checks every one exists in every language.
  const optionLabel = (id: string, value: string) =>
    text(OWN_WORDING.has(id) ? `whatIf.${id}.${value}` : `whatIf.answer.${value}`);
  // Each set of harms ticked reads as its harms' names: "Trafficking + Sexual violence".
  const harmLabel = (choice: string) =>
    choice
      .split('+')
      .map((part) => text(`whatIf.harms.${part}`))
      .join(' + ');
  const realHarms = readHarmChoice(realFacts);
  const harmChoices = realHarms === MIXED_HARMS ? [MIXED_HARMS, ...HARM_CHOICES] : HARM_CHOICES;

  return (
    <section className="what-if" aria-labelledby="what-if-heading">
      <h2 className="heading-m" id="what-if-heading">
        {t('whatIf.heading')}
      </h2>
      <p className="body">{text('whatIf.intro')}</p>
      <fieldset className="what-if__group">
        <legend className="what-if__legend">{text('whatIf.aboutCase')}</legend>
        <FactSelect
          label={t('whatIf.harms.label')}
          value={readHarmChoice(facts)}
          real={realHarms}
          options={harmChoices.map((v) => ({ value: v, label: harmLabel(v) }))}
          onChange={(value) => setFacts((f) => withHarmChoice(f, value, realFacts))}
        />
        {CASE_CONTROLS.map(({ id, values }) => (
          <FactSelect
            key={id}
            label={t(`whatIf.${id}.label`)}
            value={readCaseFact(facts, id)}
            real={readCaseFact(realFacts, id)}
            options={values.map((v) => ({ value: v, label: optionLabel(id, v) }))}
            onChange={(value) => setFacts((f) => withCaseFact(f, id, value))}
          />
        ))}
      </fieldset>
      {facts.records.map((_, record) => (
        <fieldset key={record} className="what-if__group">
          <legend className="what-if__legend">{titles[record]}</legend>
          {RECORD_CONTROLS.map(({ id, values }) => (
            <FactSelect
              key={id}
              label={t(`whatIf.${id}.label`)}
              value={readRecordFact(facts, record, id)}
              real={readRecordFact(realFacts, record, id)}
              options={values.map((v) => ({ value: v, label: optionLabel(id, v) }))}
              onChange={(value) => setFacts((f) => withRecordFact(f, record, id, value))}
            />
          ))}
        </fieldset>
      ))}
      {edited ? (
        <button type="button" className="button button--secondary" onClick={() => setFacts(realFacts)}>
          {text('whatIf.reset')}
        </button>
      ) : null}
      <h3 className="heading-s">{t('whatIf.results')}</h3>
      <p className="body" role="status">
        {comparison.changed === 0 && !edited
          ? text('whatIf.statusNone')
          : t('whatIf.status', { count: comparison.changed })}
      </p>
      <WhatIfFlag change={comparison.safetyFirst} on={t('whatIf.safetyFirst')} off={t('whatIf.noSafetyFirst')} />
      <WhatIfFlag change={comparison.immigrationCaution} on={t('whatIf.immigration')} off={t('whatIf.noImmigration')} />
      {comparison.records.map((record, index) => (
        <WhatIfRecord key={index} title={titles[index]!} record={record} />
      ))}
    </section>
  );
}

function FactSelect({
  label,
  value,
  real,
  options,
  onChange,
}: {
  label: string;
  value: string;
  real: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const text = useResultsText();
  const id = useId();
  const changed = value !== real;
  return (
    <div className={`what-if__field${changed ? ' what-if__field--changed' : ''}`}>
      <label className="what-if__label" htmlFor={id}>
        {label}
      </label>
      <select
        className="what-if__select"
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={changed ? `${id}-real` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {changed ? (
        <p className="what-if__real" id={`${id}-real`}>
          {text('whatIf.yourAnswer', { value: options.find((o) => o.value === real)?.label ?? real })}
        </p>
      ) : null}
    </div>
  );
}

/** The word "Changed" marks every difference, so it never rests on colour alone. */
function ChangedMark() {
  const { t } = useTranslation('results');
  return <strong className="what-if__mark">{t('whatIf.changed')}</strong>;
}

function WhatIfFlag({ change, on, off }: { change: Change<boolean>; on: string; off: string }) {
  if (change.was === undefined) return null;
  return (
    <p className="body what-if__changed">
      <ChangedMark /> {change.now ? on : off}
    </p>
  );
}

function WhatIfRecord({
  title,
  record,
}: {
  title: string;
  record: ReturnType<typeof compareResults>['records'][number];
}) {
  const { t } = useTranslation('results');
  const routeName = (id: PathwayId | 'none') => (id === 'none' ? t('whatIf.noRoute') : t(`routeShort.${id}`));
  const { recommended } = record;
  return (
    <div className="what-if__record">
      <h4 className="heading-s">{title}</h4>
      <p className={`body${recommended.was !== undefined ? ' what-if__changed' : ''}`}>
        {recommended.was !== undefined ? <ChangedMark /> : null}{' '}
        {t('whatIf.askFirst', { route: routeName(recommended.now) })}
        {recommended.was !== undefined ? (
          <span className="what-if__was"> ({t('whatIf.was', { value: routeName(recommended.was) })})</span>
        ) : null}
      </p>
      <ul className="what-if__routes">
        {record.pathways.map((p) => (
          <li key={p.pathway} className={p.was !== undefined ? 'what-if__changed' : undefined}>
            {p.was !== undefined ? <ChangedMark /> : null} {t(`routeShort.${p.pathway}`)}:{' '}
            <Likelihood outcome={p.now} />
            {p.was !== undefined ? (
              <span className="what-if__was"> ({t('whatIf.was', { value: t(`likelihood.${p.was}`) })})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
