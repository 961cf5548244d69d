import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { i18n } from '@/i18n/config';
import { MAX_RECORDS } from '@/lib/record-limit';
import type { Answers } from '@/machines/answers';
import { harmRepliesFor } from '@/machines/replies';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import { Wizard } from './wizard';

const noop = () => undefined;
const oneRecord = (extra: Partial<Answers> = {}) =>
  pettyTheftTiedToTrafficking({ evidence: { reply: 'none', kinds: [] }, ...extra });

describe('a one-choice question page', () => {
  // "Have you contacted any help service?" is asked while a harm may still be going on.
  const inSituation: Answers = {
    audience: 'self',
    harms: harmRepliesFor(['trafficking']),
    situation: 'ongoing',
    records: [],
  };

  it('has the question as its only h1, a hint, why we ask, and not-sure answers', () => {
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'soughtHelp', answers: inSituation });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const group = screen.getByRole('group', { name: 'Have you contacted any help service about it?' });
    expect(within(group).getByRole('radio', { name: 'I’m not sure' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'I’d rather not say' })).toBeInTheDocument();
    expect(screen.getByText('Why we ask')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(/hotline, shelter/);
  });

  it('speaks about "the person" for someone helping', () => {
    renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'soughtHelp',
      answers: { ...inSituation, audience: 'helper' },
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('the person');
  });

  it('moves on with nothing chosen, and records the question as passed over', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, { step: 'soughtHelp', answers: inSituation });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state().context.position.step).toBe('recordStage');
    expect(state().context.answers.soughtHelp).toBe('skipped');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('keeps the earlier answer when the person comes back', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, { step: 'soughtHelp', answers: inSituation });
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(state().context.position.step).toBe('soughtHelp');
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
  });

  it('shows the part of the interview the person is in', () => {
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'soughtHelp', answers: inSituation });
    const parts = screen.getByRole('list', { name: 'Parts of the questions' });
    expect(within(parts).getByText('What happened')).toHaveAttribute('aria-current', 'step');
  });
});

describe('the offense picker', () => {
  const at = () =>
    renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'recordOffense',
      answers: { records: [{ id: 'r1', stage: 'conviction', court: 'california' }] },
    });

  it('finds offenses by plain words and stores the code', async () => {
    const { user, state } = at();
    await user.type(screen.getByRole('searchbox', { name: 'What was the record for?' }), 'store');
    await user.click(screen.getByRole('radio', { name: /PC 459\.5/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state().context.answers.records[0]?.offense).toBe('PC 459.5');
  });

  it('points to the list when words were typed but nothing was chosen, and focuses the summary', async () => {
    const { user, state } = at();
    await user.type(screen.getByRole('searchbox'), 'zzzz');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /Choose what the record was for/ })).toBeInTheDocument();
    expect(state().context.position.step).toBe('recordOffense');
    await user.click(within(summary).getByRole('link'));
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('lets a code we do not know be kept as typed', async () => {
    const { user, state } = at();
    await user.type(screen.getByRole('searchbox'), 'PC 999.99');
    await user.click(screen.getByRole('radio', { name: 'Use “PC 999.99” as I typed it' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state().context.answers.records[0]?.offense).toBe('PC 999.99');
  });

  it('accepts "I don’t know"', async () => {
    const { user, state } = at();
    await user.click(screen.getByRole('radio', { name: 'I don’t know what it was for' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state().context.answers.records[0]?.offense).toBe('unsure');
  });
});

describe('the evidence checklist', () => {
  it('keeps "None of these" on its own', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'evidence',
      answers: oneRecord({ evidence: undefined }),
    });
    await user.click(screen.getByRole('checkbox', { name: 'A letter from a support service' }));
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    expect(screen.getByRole('checkbox', { name: 'A letter from a support service' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'T visa or U visa papers' }));
    expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state().context.answers.evidence).toEqual({ reply: 'documents', kinds: ['t_or_u_visa'] });
  });
});

describe('the list of records', () => {
  it('says kindly when the record limit is reached, and offers no Add button', () => {
    const records = Array.from({ length: MAX_RECORDS }, (_, i) => ({ id: `r${i + 1}`, stage: 'unsure' as const }));
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'records', answers: { ...oneRecord(), records } });
    expect(screen.getByText(/the most this tool can check at once/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add another record' })).toBeNull();
  }, 30_000);

  it('adds, changes and removes records, asking before removing', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, { step: 'records', answers: oneRecord() });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('You have added 1 record');
    await user.click(screen.getByRole('button', { name: 'Remove Record 1' }));
    expect(screen.getByRole('group', { name: 'Remove Record 1? Its answers will be deleted.' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(state().context.answers.records).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove Record 1' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Record 1' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(state().context.answers.records).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('changes a record by walking its questions again', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, { step: 'records', answers: oneRecord() });
    await user.click(screen.getByRole('button', { name: 'Change Record 1' }));
    expect(state().context.position.step).toBe('recordStage');
    expect(screen.getByRole('radio', { name: 'Convicted' })).toBeChecked();
  });

  it('needs one record before the results, and says so kindly', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'records',
      answers: oneRecord({ records: [] }),
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Add a record to see results');
    expect(state().context.position.step).toBe('records');
  });

  it('starts a new record from "Add another record"', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, { step: 'records', answers: oneRecord() });
    await user.click(screen.getByRole('button', { name: 'Add another record' }));
    expect(state().context.position).toEqual({ step: 'recordStage', record: 1 });
    expect(screen.getByText('Record 2')).toBeInTheDocument();
  });
});

describe('check your answers', () => {
  it('with every record removed, says a record is needed and stays (no results without a record)', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'checkAnswers',
      answers: oneRecord({ records: [] }),
    });
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(state().context.position.step).toBe('checkAnswers');
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('lists every answer on the path with a Change link, and returns after a change', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'checkAnswers',
      answers: oneRecord({ noncitizen: 'skipped' }),
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
    expect(screen.getByText('U.S. citizen', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Not answered');
    expect(screen.queryByText('Felony or misdemeanor')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change During the harm' }));
    expect(state().context.position.step).toBe('recordDuring');
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state().context.position.step).toBe('checkAnswers');
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(state().context.position.step).toBe('results');
  });
});

describe('the start page', () => {
  it('says what this is and starts the flow', async () => {
    const onShowSafety = vi.fn();
    const { user, state } = renderAtStep(<Wizard onShowSafety={onShowSafety} />, { step: 'start' });
    expect(screen.getByText('It takes about 10 minutes.')).toBeInTheDocument();
    expect(screen.getByText(/not legal advice/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'How to use this site more safely' }));
    expect(onShowSafety).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(state().context.position.step).toBe('audience');
  });

  it('reads in Spanish', async () => {
    await i18n.changeLanguage('es');
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'start' });
    expect(screen.getByRole('button', { name: 'Comenzar' })).toBeInTheDocument();
  });
});
