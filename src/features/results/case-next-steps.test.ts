import { describe, expect, it } from 'vitest';

import { type FactsInput, factsSchema, screen } from '@/rules';

import { caseNextSteps, COURT_FINDER_URL } from './case-next-steps';

const record = {
  offense: 'PC 488',
  stage: 'conviction',
  court: 'california',
  ageAtOffense: 'adult',
  duringHarm: 'yes',
  becauseOfHarm: 'yes',
  sentenceDone: 'yes',
} as const;
const base: FactsInput = {
  situation: 'ended',
  noncitizen: 'no',
  harms: { trafficking: 'yes', intimatePartnerViolence: 'no', sexualViolence: 'no' },
  evidence: ['service_provider_letter'],
  records: [{ id: 'r1', ...record }],
};
const stepsFor = (facts: FactsInput, safetyFirst = false) => {
  const outcome = screen(factsSchema.parse(facts));
  if (!outcome.ok) throw new Error('invalid facts');
  return caseNextSteps(outcome.result, { safetyFirst });
};

describe('what you can do next, for the whole case', () => {
  it('links the official court finder over https', () => {
    expect(COURT_FINDER_URL).toBe('https://www.courts.ca.gov/find-my-court.htm');
  });

  it('lists each paper once, however many records it helps', () => {
    const one = stepsFor(base);
    const two = stepsFor({
      ...base,
      records: [
        { id: 'r1', ...record },
        { id: 'r2', ...record, offense: 'PC 647(b)' },
      ],
    });
    expect(two.papers.map((p) => p.key)).toEqual(one.papers.map((p) => p.key));
    expect(new Set(two.papers.map((p) => p.key)).size).toBe(two.papers.length);
    expect(two.filing.map((f) => f.record)).toEqual([0, 1]);
  });

  it('says where each recommended route is asked for: a state court with its forms, the federal court, or the open case', () => {
    const steps = stepsFor({
      ...base,
      records: [
        { id: 'r1', ...record },
        { id: 'r2', ...record, court: 'federal', offense: 'USC 18 1028' },
        { id: 'r3', ...record, stage: 'pending', sentenceDone: 'skipped' },
      ],
    });
    expect(steps.filing.map((f) => f.kind)).toEqual(['state', 'federal', 'openCase']);
    // PC 236.14 has no statewide form; the page says so rather than inventing one.
    expect(steps.filing[0]).toMatchObject({ pathway: 'pc236_14', forms: [] });
  });

  it('files nothing for a record with no route yet, and leads with immigration and safety when they apply', () => {
    const steps = stepsFor(
      {
        ...base,
        noncitizen: 'unsure',
        harms: { trafficking: 'no', intimatePartnerViolence: 'no', sexualViolence: 'no' },
        records: [{ id: 'r1', ...record, offense: 'PC 211', sentenceDone: 'no' }],
      },
      true,
    );
    expect(steps.filing).toEqual([]);
    expect(steps.immigrationFirst).toBe(true);
    expect(steps.safetyFirst).toBe(true);
  });
});
