import fc from 'fast-check';

import {
  AGES,
  ANSWER_VALUES,
  COURTS,
  EVIDENCE_KINDS,
  type FactsInput,
  HARM_KINDS,
  LEVELS,
  type RecordFactsInput,
  SENTENCES,
  SITUATIONS,
  STAGES,
} from '@/rules/facts';
import { OFFENSE_CATALOG } from '@/rules/offenses/catalog';

/** Generators of valid facts in the docs/case-format.md vocabulary, shared by the property tests. */

const answer = fc.constantFrom(...ANSWER_VALUES);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Mostly catalog codes (so the interesting rules fire), plus unknown codes and `unsure`. */
export const offenseArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...OFFENSE_CATALOG.map((e) => e.code)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('unsure', 'PC 99999', 'HS 1', 'USC 18 9999', 'VC 2800.1', 'pc 647b', 'Pc 211'),
  },
);

export const recordArb = (id: string): fc.Arbitrary<RecordFactsInput> =>
  fc.record(
    {
      id: fc.constant(id),
      offense: offenseArb,
      stage: fc.constantFrom(...STAGES),
      court: fc.constantFrom(...COURTS),
      level: optional(fc.constantFrom(...LEVELS)),
      injuryOrGunEnhancement: optional(answer),
      ageAtOffense: optional(fc.constantFrom(...AGES)),
      duringHarm: optional(answer),
      becauseOfHarm: optional(answer),
      linkedHarms: optional(fc.subarray([...HARM_KINDS])),
      sentenceDone: optional(answer),
      sentence: optional(fc.constantFrom(...SENTENCES)),
      offenseYear: optional(fc.integer({ min: 1990, max: 2026 })),
      alreadyDismissed: optional(answer),
    },
    { requiredKeys: ['id', 'offense', 'stage', 'court'] },
  );

export const factsArb: fc.Arbitrary<FactsInput> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc.record(
      {
        harms: optional(
          fc.record(
            { trafficking: answer, intimatePartnerViolence: answer, sexualViolence: answer },
            { requiredKeys: [] },
          ),
        ),
        situation: optional(fc.constantFrom(...SITUATIONS)),
        evidence: optional(fc.subarray([...EVIDENCE_KINDS])),
        noncitizen: optional(answer),
        records: fc.tuple(...Array.from({ length: n }, (_, i) => recordArb(`r${i + 1}`))),
      },
      { requiredKeys: ['records'] },
    ),
  )
  .map((facts) => JSON.parse(JSON.stringify(facts)) as FactsInput);
