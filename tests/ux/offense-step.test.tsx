import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Wizard } from '@/features/wizard/wizard';
import { answersToFacts } from '@/machines/to-facts';
import { screen as screenFacts } from '@/rules';
import { renderAtStep } from '@/testing/render';

/** The offense question with the search component, through the machine to the rules. */
describe('the offense step with the search', () => {
  it('keeps words it does not know, and the rules screen them as an offense not recognised', async () => {
    const { user, state } = renderAtStep(<Wizard onShowSafety={() => undefined} />, {
      step: 'recordOffense',
      answers: { records: [{ id: 'r1', stage: 'conviction', court: 'california' }] },
    });
    await user.type(screen.getByRole('searchbox'), 'taking a bike{Enter}');
    expect(state().context.position.step).toBe('recordOffense');
    await user.click(screen.getByRole('radio', { name: 'Use “taking a bike” as I typed it' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const answers = state().context.answers;
    expect(answers.records[0]?.offense).toBe('taking a bike');
    const outcome = screenFacts(answersToFacts(answers));
    expect(outcome.ok && outcome.result.records[0]?.offense.recognised).toBe(false);
  });
});
