import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Answers } from '@/machines/answers';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { openEveryFold } from '@/testing/folds';
import { renderAtStep } from '@/testing/render';

import { ResultsPage } from './results-page';

/**
 * The results speak to a survivor checking for themselves ("You said…") and about the person to an
 * intake worker or a law student ("The person said…"), as the questions did. The summary for a
 * lawyer is read by a lawyer, so it always speaks about the person.
 */
const show = (answers: Answers) => renderAtStep(<ResultsPage onStartAgain={vi.fn()} />, { step: 'results', answers });

/** The recommended route's card in the first record's details. */
const recommendedCard = () => {
  const card = within(screen.getByRole('region', { name: /^Record 1:/ }))
    .getByText('Suggested first')
    .closest('details')!;
  // Every part open, so the checks for the other voice below read the whole page.
  openEveryFold();
  return card;
};

/** Still going on with help sought: the page leads with safety and the timing element is unsure. */
const stillGoingOn = (audience: Answers['audience']) =>
  pettyTheftTiedToTrafficking({ audience, situation: 'ongoing', soughtHelp: 'yes' });

describe('results in the reader’s voice', { timeout: 30_000 }, () => {
  it('speak about the person to a helper, on every part of the page', () => {
    show(pettyTheftTiedToTrafficking({ audience: 'helper' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Results for the person' })).toBeInTheDocument();
    const card = recommendedCard();
    expect(within(card).getByText('The person may qualify, and it looks likely')).toBeInTheDocument();
    expect(within(card).getByText('The person was a survivor of human trafficking')).toBeInTheDocument();
    expect(
      within(card).getByText(
        'The person said they were made to work or do sex acts by force, lies, threats, debt or other pressure.',
      ),
    ).toBeInTheDocument();
    expect(
      within(card).getByText('The harm has ended, so the person can ask at any time. PC 236.14 has no deadline.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What the person can do next' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change the answers' })).toBeInTheDocument();
    expect(screen.queryByText(/^You said|^You may qualify|^Your /)).not.toBeInTheDocument();
  });

  it('speak to the person who checks for themselves', () => {
    show(pettyTheftTiedToTrafficking({ audience: 'self' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
    const card = recommendedCard();
    expect(within(card).getByText('You may qualify, and it looks likely')).toBeInTheDocument();
    expect(within(card).getByText('You were a survivor of human trafficking')).toBeInTheDocument();
    expect(
      within(card).getByText(
        'You said you were made to work or do sex acts by force, lies, threats, debt or other pressure.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What you can do next' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change my answers' })).toBeInTheDocument();
    // The summary for a lawyer below speaks about the person; the page itself does not.
    expect(
      within(screen.getByRole('region', { name: /^Record 1:/ })).queryByText(/^The person /),
    ).not.toBeInTheDocument();
  });

  it('put the person’s safety first for a helper, in the person’s voice', () => {
    show(stillGoingOn('helper'));
    const safety = screen.getByRole('region', { name: 'Safety first' });
    expect(within(safety).getByText(/The person’s safety matters more than any record/)).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'What the person can do next' });
    expect(
      within(steps).getByText('The person’s safety comes first. They do not have to do anything now.'),
    ).toBeInTheDocument();
  });

  it('speak about the person to a law student too', () => {
    show(pettyTheftTiedToTrafficking({ audience: 'learner' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Results for the person' })).toBeInTheDocument();
    expect(within(recommendedCard()).getByText('The person may qualify, and it looks likely')).toBeInTheDocument();
  });

  it('write the summary for a lawyer about the person, even when the survivor answered', async () => {
    const { user } = show(pettyTheftTiedToTrafficking({ audience: 'self' }));
    await user.click(screen.getByRole('button', { name: 'Show the summary' }));
    const summary = screen.getByRole('article', { name: 'Screening summary for a lawyer' });
    expect(summary).toHaveTextContent('The person said they were made to work or do sex acts');
    expect(summary).toHaveTextContent('The person may qualify, and it looks likely');
    expect(summary).not.toHaveTextContent(/\bYou said\b|\bYou may qualify\b/);
  });
});
