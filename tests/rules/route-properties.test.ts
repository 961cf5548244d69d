import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { OUTCOME_RANK, PATHWAY_IDS, screen, type ScreeningResult } from '@/rules';
import type { RecordFactsInput } from '@/rules/facts';

import { factsArb } from './arbitraries';

/**
 * Properties of the recommended route (`best`) and of records that close relief for other
 * records, over generated valid facts. "Worse" is OUTCOME_RANK: likely > possible > not_yet >
 * unlikely > not_eligible.
 */

const RUNS = 400;

function run(facts: unknown): ScreeningResult {
  const outcome = screen(facts);
  if (!outcome.ok) throw new Error(`valid facts rejected: ${JSON.stringify(outcome.error.issues)}`);
  return outcome.result;
}

describe('screen() properties: the recommended route and cross-record rules', { timeout: 60_000 }, () => {
  it('best is always a pathway that is likely or possible for that record, or none', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        for (const record of run(facts).records) {
          const hopeful = PATHWAY_IDS.filter(
            (id) => OUTCOME_RANK[record.pathways[id].outcome] >= OUTCOME_RANK.possible && record.pathways[id].applies,
          );
          if (record.best === 'none') expect(hopeful).toEqual([]);
          else expect(hopeful).toContain(record.best);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('best is never PC 1203.4 while immigrationCaution is set and a vacatur pathway is at least possible', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom('yes', 'unsure'), (facts, noncitizen) => {
        const result = run({ ...facts, noncitizen });
        expect(result.immigrationCaution).toBe(true);
        for (const record of result.records) {
          const vacatur = (['pc236_14', 'pc236_15', 'usc3771a'] as const).some(
            (id) => OUTCOME_RANK[record.pathways[id].outcome] >= OUTCOME_RANK.possible,
          );
          if (vacatur) expect(record.best).not.toBe('pc1203_4');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('in an open case with a defense at least possible, the defense is recommended first', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const result = run(facts);
        result.records.forEach((record, i) => {
          if (facts.records[i]?.stage !== 'pending') return;
          const defense = (['pc236_23', 'pc236_24'] as const).some(
            (id) => OUTCOME_RANK[record.pathways[id].outcome] >= OUTCOME_RANK.possible,
          );
          if (defense) expect(['pc236_23', 'pc236_24']).toContain(record.best);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a disqualifying record (a super strike, a registrable conviction, or an open case) never makes another record better', () => {
    const disqualifying: RecordFactsInput[] = [
      { id: 'zz-murder', offense: 'PC 187', stage: 'conviction', court: 'california' },
      { id: 'zz-290', offense: 'PC 288(a)', stage: 'conviction', court: 'california' },
      { id: 'zz-open', offense: 'PC 484', stage: 'pending', court: 'california' },
    ];
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...disqualifying), (facts, extra) => {
        fc.pre(!facts.records.some((r) => r.id === extra.id));
        const before = run(facts);
        const after = run({ ...facts, records: [...facts.records, extra] });
        before.records.forEach((record, i) => {
          for (const id of PATHWAY_IDS) {
            const now = after.records[i]!.pathways[id].outcome;
            expect(OUTCOME_RANK[now], `${record.recordId}.${id}`).toBeLessThanOrEqual(
              OUTCOME_RANK[record.pathways[id].outcome],
            );
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});
