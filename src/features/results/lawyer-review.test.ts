import { describe, expect, it } from 'vitest';

import type { ElementResult, Outcome, PathwayResult } from '@/rules';

import { routeReview } from './lawyer-review';

const citation = { section: 'Cal. Penal Code § 236.15', url: 'https://leginfo.legislature.ca.gov/' };
const element = (id: string, status: ElementResult['status'], limit: Outcome, review = false): ElementResult => ({
  id,
  status,
  label: { key: `x.${id}` },
  explanation: { key: `x.${id}.why` },
  facts: [],
  citation,
  needsLawyerReview: review,
  limit,
});
const route = (outcome: Outcome, elements: ElementResult[]): PathwayResult => ({
  pathway: 'pc236_15',
  outcome,
  applies: true,
  elements,
  whatWouldChange: [],
  evidenceThatHelps: [],
  nextSteps: [],
  notes: [],
  forms: [],
  citation,
  needsLawyerReview: elements.some((e) => e.needsLawyerReview),
});

describe('which open points a lawyer should check', () => {
  it('a live route (likely or possible) counts every unsettled point and every unsure answer', () => {
    for (const outcome of ['likely', 'possible'] as const) {
      const review = routeReview(
        route(outcome, [element('timing', 'met', 'likely', true), element('duringHarm', 'unsure', 'possible')]),
      );
      expect(review.unsettled.map((e) => e.id)).toEqual(['timing']);
      expect(review.openFacts.map((e) => e.id)).toEqual(['duringHarm']);
      expect(review.ruledOutFor).toBe(false);
    }
  });

  it('a route ruled out by a settled point flags nothing: no lawyer reading of another point can open it', () => {
    for (const outcome of ['not_eligible', 'unlikely', 'not_yet'] as const) {
      const review = routeReview(
        route(outcome, [
          element('victim', 'not_met', outcome),
          element('timing', 'met', 'likely', true),
          element('duringHarm', 'unsure', 'possible'),
        ]),
      );
      expect(review).toEqual({ unsettled: [], openFacts: [], ruledOutFor: false });
    }
  });

  it('a route held back by an unsettled point keeps the flag, marked as the reason it is ruled out', () => {
    const review = routeReview(
      route('unlikely', [element('victim', 'met', 'likely'), element('offenseCovered', 'not_met', 'unlikely', true)]),
    );
    expect(review.unsettled.map((e) => e.id)).toEqual(['offenseCovered']);
    expect(review.ruledOutFor).toBe(true);
  });

  it('a route held back by an unsure answer keeps that answer as an open point', () => {
    const review = routeReview(route('not_yet', [element('ended', 'unsure', 'not_yet')]));
    expect(review.openFacts.map((e) => e.id)).toEqual(['ended']);
    expect(review.ruledOutFor).toBe(false);
  });

  it('no flag when a settled reason rules the route out just as far: settling the open point could not open it', () => {
    const review = routeReview(
      route('not_eligible', [
        element('timing', 'unsure', 'not_eligible', true),
        element('ipvSvVictim', 'not_met', 'not_eligible'),
      ]),
    );
    expect(review.unsettled).toEqual([]);
    expect(review.ruledOutFor).toBe(false);
  });
});
