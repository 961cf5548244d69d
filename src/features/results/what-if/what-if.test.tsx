import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { factsSchema, screen as screenFacts } from '@/rules';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import enResults from '../../../../locales/en/results.json';
import esResults from '../../../../locales/es/results.json';
import { ResultsPage } from '../results-page';
import { compareResults } from './compare';
import {
  CASE_CONTROLS,
  HARM_CHOICES,
  MIXED_HARMS,
  readHarmChoice,
  RECORD_CONTROLS,
  withCaseFact,
  withHarmChoice,
  withRecordFact,
} from './editable-facts';

const base = pettyTheftTiedToTrafficking();
const show = () => renderAtStep(<ResultsPage onStartAgain={vi.fn()} />, { step: 'results', answers: base });

const facts = factsSchema.parse({
  situation: 'ended',
  noncitizen: 'no',
  harms: { trafficking: 'yes', intimatePartnerViolence: 'no', sexualViolence: 'no' },
  evidence: ['service_provider_letter'],
  records: [
    {
      id: 'r1',
      offense: 'PC 488',
      stage: 'conviction',
      court: 'california',
      ageAtOffense: 'adult',
      duringHarm: 'yes',
      becauseOfHarm: 'yes',
      sentenceDone: 'yes',
    },
  ],
});
const run = (f: typeof facts) => {
  const outcome = screenFacts(f);
  if (!outcome.ok) throw new Error('invalid facts');
  return outcome.result;
};

describe('what if: pure parts', () => {
  it('edits a copy: the real facts are never changed', () => {
    const frozen = Object.freeze({
      ...facts,
      records: Object.freeze(facts.records.map((r) => Object.freeze({ ...r }))),
    }) as typeof facts;
    const edited = withRecordFact(withCaseFact(frozen, 'noncitizen', 'yes'), 0, 'stage', 'pending');
    expect(edited.noncitizen).toBe('yes');
    expect(edited.records[0]!.stage).toBe('pending');
    expect(frozen.noncitizen).toBe('no');
    expect(frozen.records[0]!.stage).toBe('conviction');
  });

  it('every value a control offers is valid facts, so screen() always answers', () => {
    for (const { id, values } of CASE_CONTROLS)
      for (const v of values) expect(screenFacts(withCaseFact(facts, id, v)).ok).toBe(true);
    for (const { id, values } of RECORD_CONTROLS)
      for (const v of values) expect(screenFacts(withRecordFact(facts, 0, id, v)).ok).toBe(true);
  });

  it('"what happened" offers the one page’s choices, each valid facts that read back as chosen', () => {
    expect(readHarmChoice(facts)).toBe('trafficking');
    for (const choice of HARM_CHOICES) {
      const edited = withHarmChoice(facts, choice, facts);
      expect(screenFacts(edited).ok, choice).toBe(true);
      expect(readHarmChoice(edited)).toBe(choice);
    }
    expect(withHarmChoice(facts, 'skipped', facts).harms).toEqual({
      trafficking: 'skipped',
      intimatePartnerViolence: 'skipped',
      sexualViolence: 'skipped',
    });
  });

  it('keeps a record tied only to harms still in play, and gives an old file’s mixed answers back', () => {
    const mixed = {
      ...facts,
      harms: { trafficking: 'yes', intimatePartnerViolence: 'unsure', sexualViolence: 'no' } as const,
      records: [{ ...facts.records[0]!, linkedHarms: ['intimatePartnerViolence' as const] }],
    };
    expect(readHarmChoice(mixed)).toBe(MIXED_HARMS);
    expect(withHarmChoice(mixed, 'trafficking', mixed).records[0]).not.toHaveProperty('linkedHarms');
    const back = withHarmChoice(withHarmChoice(mixed, 'trafficking', mixed), MIXED_HARMS, mixed);
    expect(back.harms).toEqual(mixed.harms);
    expect(back.records[0]!.linkedHarms).toEqual(['intimatePartnerViolence']);
  });

  it('after "not sure", keeps every harm linked, as the interview does (it does not ask which harm then)', () => {
    const tiedToTrafficking = {
      ...facts,
      harms: { trafficking: 'yes', intimatePartnerViolence: 'yes', sexualViolence: 'no' } as const,
      records: [{ ...facts.records[0]!, linkedHarms: ['trafficking' as const] }],
    };
    const unsure = withHarmChoice(tiedToTrafficking, 'unsure', tiedToTrafficking);
    expect(unsure.records[0]).not.toHaveProperty('linkedHarms');
    // The harm the record was not tied to stays open: "not sure" never closes a route.
    expect(run(unsure).records[0]!.pathways.pc236_15.outcome).not.toBe('not_eligible');
    expect(run(tiedToTrafficking).records[0]!.pathways.pc236_15.outcome).toBe('not_eligible');
  });

  it('counts nothing when nothing changed, and marks each outcome that did with what it was', () => {
    expect(compareResults(run(facts), run(facts)).changed).toBe(0);
    const comparison = compareResults(run(facts), run(withCaseFact(facts, 'situation', 'ongoing_no_help')));
    const vacatur = comparison.records[0]!.pathways.find((p) => p.pathway === 'pc236_14')!;
    expect(vacatur).toEqual({ pathway: 'pc236_14', now: 'not_yet', was: 'likely' });
    expect(comparison.safetyFirst).toEqual({ now: true, was: false });
    expect(comparison.changed).toBeGreaterThanOrEqual(2);
  });

  it('a person who said now may not be safe keeps safety first either way', () => {
    const comparison = compareResults(run(facts), run(withCaseFact(facts, 'situation', 'ongoing_no_help')), {
      unsafeNow: true,
    });
    expect(comparison.safetyFirst).toEqual({ now: true });
  });

  it('has words for every answer a control offers, in every language', () => {
    for (const [lng, results] of Object.entries({ en: enResults, es: esResults })) {
      const whatIf = (results as unknown as { whatIf: Record<string, Record<string, string>> }).whatIf;
      for (const { id, values } of CASE_CONTROLS)
        for (const v of values) expect(whatIf[id]?.[v], `${lng} ${id}.${v}`).toBeTruthy();
      for (const part of [...HARM_CHOICES.flatMap((c) => c.split('+')), MIXED_HARMS, 'label'])
        expect(whatIf.harms?.[part], `${lng} harms.${part}`).toBeTruthy();
      for (const { id, values } of RECORD_CONTROLS) {
        expect(whatIf[id]?.label, `${lng} ${id}.label`).toBeTruthy();
        for (const v of values)
          expect((id === 'stage' ? whatIf.stage : whatIf.answer)?.[v], `${lng} ${id} ${v}`).toBeTruthy();
      }
    }
  });
});

describe('what if: on the results page', { timeout: 20_000 }, () => {
  it('changing one answer updates every outcome at once, says what changed in words, and leaves the real answers alone', async () => {
    const { user, state } = show();
    const panel = screen.getByRole('region', { name: 'What if an answer were different?' });
    expect(within(panel).getByRole('status')).toHaveTextContent('No answer changed. These are your real results.');
    const situation = within(panel).getByRole('combobox', { name: 'Is the harm still going on?' });
    expect(situation).toHaveValue('ended');
    await user.selectOptions(situation, 'Still going on, no help yet');

    expect(within(panel).getByRole('status')).toHaveTextContent(/You changed answers here\. \d+ results? changed\./);
    expect(situation).toHaveAccessibleDescription('Your answer: It has ended');
    const vacatur = within(panel)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('PC 236.14'))!;
    expect(vacatur).toHaveTextContent(/^Changed .*Not yet \(before: Looks likely\)$/);
    expect(within(panel).getByText('Safety first would lead the page.')).toBeInTheDocument();

    // The real results and answers are untouched.
    expect(screen.queryByRole('heading', { name: 'Safety first' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'What to ask about first' })).getByText('Looks likely'),
    ).toBeInTheDocument();
    expect(state().context.answers).toEqual(base);

    await user.click(within(panel).getByRole('button', { name: 'Back to my real answers' }));
    expect(situation).toHaveValue('ended');
    expect(within(panel).getByRole('status')).toHaveTextContent('No answer changed. These are your real results.');
    expect(within(panel).queryByText('Changed')).not.toBeInTheDocument();
  });

  it('offers one control per answer that matters, for the case and for each record', () => {
    show();
    const panel = screen.getByRole('region', { name: 'What if an answer were different?' });
    expect(within(panel).getByRole('group', { name: 'About the harm and you' })).toBeInTheDocument();
    const record = within(panel).getByRole('group', { name: /^Record 1:/ });
    for (const name of ['What happened in the case?', 'Sentence finished?', 'Done because of the harm?']) {
      expect(within(record).getByRole('combobox', { name })).toBeInTheDocument();
    }
    expect(within(panel).getByRole('combobox', { name: 'U.S. citizen?' })).toHaveValue('no');
  });

  it('"what happened" is one control, as the interview asks it', async () => {
    const { user } = show();
    const panel = screen.getByRole('region', { name: 'What if an answer were different?' });
    const harms = within(panel).getByRole('combobox', { name: 'What happened?' });
    expect(harms).toHaveValue('trafficking');
    expect(within(harms).getByRole('option', { name: 'Trafficking + Sexual violence' })).toBeInTheDocument();
    await user.selectOptions(harms, 'None of these');
    expect(harms).toHaveAccessibleDescription('Your answer: Trafficking');
    const vacatur = within(panel)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('PC 236.14'))!;
    expect(vacatur).toHaveTextContent(/^Changed .*\(before: Looks likely\)$/);
  });
});
