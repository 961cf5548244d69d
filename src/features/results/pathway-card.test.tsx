import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { answersToFacts } from '@/machines/to-facts';
import { type PathwayResult, screen as screenFacts } from '@/rules';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { openEveryFold } from '@/testing/folds';
import { renderAtStep } from '@/testing/render';

import { PathwayCard } from './pathway-card';

/** PC 236.15 for a trafficking survivor who named no partner or sexual violence: ruled out. */
function ruledOutRoute(): PathwayResult {
  const outcome = screenFacts(answersToFacts(pettyTheftTiedToTrafficking()));
  if (!outcome.ok) throw new Error('facts made by the wizard must validate');
  return outcome.result.records[0]!.pathways.pc236_15;
}

// On the results, as the survivor who answered for themselves (the card's words follow the audience).
// Opened, as a reader would: folded, its why is not rendered at all.
const card = (result: PathwayResult) => {
  renderAtStep(<PathwayCard result={result} headingId="route" />, {
    step: 'results',
    answers: pettyTheftTiedToTrafficking(),
  });
  openEveryFold();
  expect(screen.getByRole('heading', { name: 'Why' })).toBeInTheDocument();
};

describe('a route card asks for a lawyer only where it can change what the person does', () => {
  it('a route ruled out for a settled reason says nothing about unsettled law', () => {
    const route = ruledOutRoute();
    // What makes the test able to fail: the rules do mark one of its points as unsettled.
    expect(route.outcome).toBe('not_eligible');
    expect(route.elements.some((e) => e.needsLawyerReview)).toBe(true);
    card(route);
    expect(screen.queryByText(/^Part of this law is not fully settled/)).not.toBeInTheDocument();
    expect(screen.queryByText(/looks ruled out for now/)).not.toBeInTheDocument();
    expect(screen.queryByText('(a lawyer should check this)')).not.toBeInTheDocument();
  });

  it('the same points on a live route are flagged', () => {
    const route = ruledOutRoute();
    card({ ...route, outcome: 'possible', elements: route.elements.map((e) => ({ ...e, status: 'met' })) });
    expect(screen.getByText(/Part of this law is not fully settled/)).toBeInTheDocument();
    expect(screen.getAllByText('(a lawyer should check this)').length).toBeGreaterThan(0);
  });

  it('a route ruled out by an unsettled point says so plainly', () => {
    const route = ruledOutRoute();
    card({
      ...route,
      outcome: 'unlikely',
      elements: route.elements.map((e, i) =>
        i === 0 ? { ...e, status: 'not_met', limit: 'unlikely', needsLawyerReview: true } : { ...e, status: 'met' },
      ),
    });
    expect(screen.getByText(/looks ruled out for now.*a lawyer may read it differently/)).toBeInTheDocument();
    expect(screen.getAllByText('(a lawyer should check this)')).toHaveLength(1);
  });
});
