import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Answers } from '@/machines/answers';
import { harmRepliesFor } from '@/machines/replies';
import { answersToFacts } from '@/machines/to-facts';
import { screen as screenFacts } from '@/rules';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import { Wizard } from './wizard';

const noop = () => undefined;
const atHarms = (answers: Answers = { audience: 'self', records: [] }) =>
  renderAtStep(<Wizard onShowSafety={noop} />, { step: 'harms', answers });
const box = (name: string | RegExp) => screen.getByRole('checkbox', { name });
const TRAFFICKING = /^Made to work or do sex acts/;
const PARTNER = /^Hurt, threatened or controlled by a partner/;
const continueOn = () => screen.getByRole('button', { name: 'Continue' });

describe('what happened: one page for the three harms', () => {
  it('asks once, with every harm, the "or" choices, a hint for each harm and why we ask', () => {
    atHarms();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const group = screen.getByRole('group', { name: 'Has any of this happened to you?' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['trafficking', 'intimatePartnerViolence', 'sexualViolence', 'none', 'unsure', 'prefer_not']);
    expect(within(group).getByText('or')).toBeInTheDocument();
    // PC 236.1(c): any sex for money before 18 counts, even with no force.
    expect(box(TRAFFICKING)).toHaveAccessibleDescription(/before you turned 18/);
    expect(box('Sexual violence')).toHaveAccessibleDescription(/by anyone/);
    expect(screen.getByText('Why we ask')).toBeInTheDocument();
    expect(screen.getByText(/Penal Code 236\.14 is for survivors of human trafficking/)).toBeInTheDocument();
  });

  it('speaks about "the person" for someone helping', () => {
    atHarms({ audience: 'helper', records: [] });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Has any of this happened to the person?');
    expect(box(TRAFFICKING)).toHaveAccessibleDescription(/before they turned 18/);
  });

  it('stores each ticked harm as yes and the others as no, then asks if it is still happening', async () => {
    const { user, state } = atHarms();
    await user.click(box(TRAFFICKING));
    await user.click(box(PARTNER));
    await user.click(continueOn());
    expect(state().context.answers.harms).toEqual({
      trafficking: 'yes',
      intimatePartnerViolence: 'yes',
      sexualViolence: 'no',
    });
    expect(state().context.position.step).toBe('situation');
  });

  it('with nothing ticked, says kindly what to do and stays, offering "I’d rather not say"', async () => {
    const { user, state } = atHarms();
    await user.click(continueOn());
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent(/Choose what happened, or choose “None of these”.*“I’d rather not say”/);
    expect(screen.getByRole('group', { name: 'Has any of this happened to you?' })).toHaveAccessibleDescription(
      /Choose what happened/,
    );
    expect(state().context.position.step).toBe('harms');
    expect(state().context.answers.harms).toBeUndefined();
    await user.click(within(summary).getByRole('link'));
    expect(box(TRAFFICKING)).toHaveFocus();
  });

  it('"I’d rather not say" screens exactly as three "rather not say" answers did: nothing assumed, no follow-up', async () => {
    const { user, state } = atHarms({ ...pettyTheftTiedToTrafficking(), harms: undefined, situation: undefined });
    await user.click(box('I’d rather not say'));
    await user.click(continueOn());
    const { answers } = state().context;
    expect(answers.harms).toEqual(harmRepliesFor([], 'prefer_not'));
    // The person is not asked whether it is still happening (the record needs nothing more), and
    // nothing counts against them.
    expect(state().context.position.step).toBe('records');
    const facts = answersToFacts(answers);
    expect(facts.harms).toEqual({
      trafficking: 'skipped',
      intimatePartnerViolence: 'skipped',
      sexualViolence: 'skipped',
    });
    const outcome = screenFacts(facts);
    if (!outcome.ok) throw new Error('invalid facts');
    expect(outcome.result.records[0]!.pathways.pc236_14.outcome).toBe('possible');
    expect(outcome.result.records[0]!.pathways.pc236_15.outcome).toBe('possible');
  });

  it('"I’m not sure" keeps every harm possible: results at most possible, never unlikely because of it', async () => {
    const { user, state } = atHarms({ ...pettyTheftTiedToTrafficking(), harms: undefined });
    await user.click(box('I’m not sure'));
    await user.click(continueOn());
    expect(state().context.answers.harms).toEqual(harmRepliesFor([], 'unsure'));
    // Timing is part of both laws, so it is still asked.
    expect(state().context.position.step).toBe('situation');
    const outcome = screenFacts(answersToFacts(state().context.answers));
    if (!outcome.ok) throw new Error('invalid facts');
    for (const law of ['pc236_14', 'pc236_15'] as const)
      expect(outcome.result.records[0]!.pathways[law].outcome, law).toBe('possible');
  });

  it('keeps each "or" choice on its own', async () => {
    const { user, state } = atHarms();
    await user.click(box(TRAFFICKING));
    await user.click(box('None of these'));
    expect(box(TRAFFICKING)).not.toBeChecked();
    await user.click(box('I’m not sure'));
    expect(box('None of these')).not.toBeChecked();
    await user.click(box('Sexual violence'));
    expect(box('I’m not sure')).not.toBeChecked();
    await user.click(continueOn());
    expect(state().context.answers.harms).toEqual(harmRepliesFor(['sexualViolence']));
  });

  it('shows the earlier answer again, ticks and "or" choices alike', () => {
    atHarms({ records: [], harms: harmRepliesFor(['trafficking', 'sexualViolence']) });
    expect(box(TRAFFICKING)).toBeChecked();
    expect(box(PARTNER)).not.toBeChecked();
    expect(box('Sexual violence')).toBeChecked();
  });
});

describe('what happened on Check your answers', () => {
  const checking = (answers: Answers) =>
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'checkAnswers', answers });
  const row = (question: string) => screen.getByText(question, { selector: 'dt' }).nextElementSibling;

  it('is one row, in the words of the page', () => {
    checking(pettyTheftTiedToTrafficking({ harms: harmRepliesFor(['trafficking', 'sexualViolence']) }));
    expect(screen.getAllByText('What happened to you', { selector: 'dt' })).toHaveLength(1);
    expect(row('What happened to you')).toHaveTextContent(
      'Made to work or do sex acts by force, fraud or debt, Sexual violence',
    );
  });

  it('shows "rather not say" as the other questions do', () => {
    checking(pettyTheftTiedToTrafficking({ harms: harmRepliesFor([], 'prefer_not') }));
    expect(row('What happened to you')).toHaveTextContent('Rather not say');
  });

  it('shows the three answers of a file saved before the one page, harm by harm', () => {
    checking(
      pettyTheftTiedToTrafficking({
        harms: { trafficking: 'yes', intimatePartnerViolence: 'unsure', sexualViolence: 'no' },
      }),
    );
    expect(row('What happened to you')).toHaveTextContent(
      'Made to work or do sex acts by force, fraud or debt: Yes; Hurt, threatened or controlled by a partner or ex-partner: Not sure; Sexual violence: No',
    );
  });

  it('a change to "none of these" drops the follow-ups; a change to both laws asks each record which', async () => {
    const { user, state } = checking(pettyTheftTiedToTrafficking());
    await user.click(screen.getByRole('button', { name: 'Change What happened to you' }));
    expect(box(TRAFFICKING)).toBeChecked();
    await user.click(box('None of these'));
    await user.click(continueOn());
    expect(state().context.position.step).toBe('checkAnswers');
    expect(row('What happened to you')).toHaveTextContent('None of these');
    expect(screen.queryByText('Still happening', { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.queryByText('During the harm', { selector: 'dt' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change What happened to you' }));
    await user.click(box(TRAFFICKING));
    await user.click(box(PARTNER));
    await user.click(continueOn());
    // The answers given before (still happening, during, because) come back; only the new question is asked.
    expect(state().context.position).toEqual({ step: 'recordWhichHarm', record: 0 });
    await user.click(box('Being forced, tricked or pressured into work or sex'));
    await user.click(continueOn());
    expect(state().context.position.step).toBe('checkAnswers');
    expect(answersToFacts(state().context.answers).records[0]?.linkedHarms).toEqual(['trafficking']);
  });
});

describe('which harm a record is tied to', () => {
  const bothLaws = { harms: harmRepliesFor(['trafficking', 'intimatePartnerViolence']), records: [{ id: 'r1' }] };

  it('offers only the harms in play, then "I’m not sure" and "I’d rather not say"', () => {
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'recordWhichHarm', answers: bothLaws });
    expect(screen.getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual([
      'trafficking',
      'intimatePartnerViolence',
      'unsure',
      'prefer_not',
    ]);
  });

  it.each(['I’m not sure', 'I’d rather not say'])(
    '"%s" picks no harm: every harm in play stays linked',
    async (name) => {
      const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, {
        step: 'recordWhichHarm',
        answers: bothLaws,
      });
      await user.click(box('Being forced, tricked or pressured into work or sex'));
      await user.click(box(name));
      expect(box('Being forced, tricked or pressured into work or sex')).not.toBeChecked();
      await user.click(continueOn());
      expect(state().context.answers.records[0]?.linkedHarms).toBe(name === 'I’m not sure' ? 'unsure' : 'prefer_not');
      expect(answersToFacts(state().context.answers).records[0]).not.toHaveProperty('linkedHarms');
    },
  );
});
