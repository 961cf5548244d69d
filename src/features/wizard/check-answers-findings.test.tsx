import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import { Wizard } from './wizard';

const noop = () => undefined;
const answerTo = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;

describe('check your answers: the home, gang and sentence questions', () => {
  it('shows the home and sentence answers for a burglary, each with a Change link', async () => {
    const answers = pettyTheftTiedToTrafficking({
      records: [
        {
          id: 'r1',
          stage: 'conviction',
          court: 'california',
          offense: 'PC 459',
          level: 'felony',
          injuryOrGun: 'no',
          homeOccupied: 'not_a_home',
          age: 'adult',
          duringHarm: 'yes',
          becauseOfHarm: 'yes',
          sentence: 'state_prison',
          sentenceDone: 'yes',
        },
      ],
    });
    const { user, state } = renderAtStep(<Wizard onShowSafety={noop} />, { step: 'checkAnswers', answers });
    expect(answerTo('A home with someone else inside')).toHaveTextContent(
      'No, it was not a home (for example a store or a car)',
    );
    expect(answerTo('Sentence')).toHaveTextContent('Time in state prison');
    expect(screen.queryByText('Gang finding', { selector: 'dt' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change A home with someone else inside' }));
    expect(state().context.position.step).toBe('recordHome');
    expect(screen.getByRole('radio', { name: 'No, it was not a home (for example a store or a car)' })).toBeChecked();
  });

  it('shows the gang answer for extortion, and "Rather not say" when the person chose it', () => {
    const answers = pettyTheftTiedToTrafficking({
      records: [
        {
          id: 'r1',
          stage: 'pending',
          court: 'california',
          offense: 'PC 518',
          injuryOrGun: 'no',
          gangFinding: 'prefer_not',
          age: 'adult',
          duringHarm: 'yes',
          becauseOfHarm: 'yes',
        },
      ],
    });
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'checkAnswers', answers });
    expect(answerTo('Gang finding')).toHaveTextContent(/rather not say/i);
    // A pending case has no sentence yet: the question is not on the path.
    expect(screen.queryByText('Sentence', { selector: 'dt' })).not.toBeInTheDocument();
  });
});
