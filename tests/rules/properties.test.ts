import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type FactsInput, OUTCOME_RANK, OUTCOMES, PATHWAY_IDS, screen, type ScreeningResult } from '@/rules';
import type { RecordFactsInput } from '@/rules/facts';

import { factsArb } from './arbitraries';

/**
 * Properties of screen() over generated valid facts. "Worse" is OUTCOME_RANK: likely
 * > possible > not_yet > unlikely > not_eligible.
 */

const RUNS = 400;

function run(facts: unknown): ScreeningResult {
  const outcome = screen(facts);
  if (!outcome.ok) throw new Error(`valid facts rejected: ${JSON.stringify(outcome.error.issues)}`);
  return outcome.result;
}

/** No outcome in `after` is worse than in `before`, record by record, pathway by pathway. */
function neverWorse(before: ScreeningResult, after: ScreeningResult): void {
  before.records.forEach((record, i) => {
    for (const id of PATHWAY_IDS) {
      const was = record.pathways[id].outcome;
      const now = after.records[i]?.pathways[id].outcome ?? 'not_eligible';
      expect(OUTCOME_RANK[now], `${record.recordId}.${id}: ${was} → ${now}`).toBeGreaterThanOrEqual(OUTCOME_RANK[was]);
    }
  });
}

const CALIFORNIA_PATHWAYS = [
  'pc236_14',
  'pc236_15',
  'pc1203_49',
  'pc653_29',
  'pc1203_4',
  'pc851_91',
  'prop47',
  'pc236_23',
  'pc236_24',
] as const;

// Hundreds of generated screenings per property: on a busy shared machine that can pass 5 s.
describe('screen() properties', { timeout: 60_000 }, () => {
  it('never throws, on any junk input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.anything(), { nil: undefined }), (junk, options) => {
        const outcome = screen(junk, options as never);
        expect(typeof outcome.ok).toBe('boolean');
        if (!outcome.ok) expect(outcome.error.kind).toBe('invalid_facts');
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on almost-valid facts, and names the bad path', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom('stage', 'court', 'duringHarm'), fc.string(), (facts, key, junk) => {
        const broken = { ...facts, records: facts.records.map((r, i) => (i === 0 ? { ...r, [key]: `x${junk}` } : r)) };
        const outcome = screen(broken);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.error.issues.map((i) => i.path)).toContain(`records.0.${key}`);
      }),
      { numRuns: 100 },
    );
  });

  it('gives every record every pathway, with outcomes from the vocabulary and cited elements', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const result = run(facts);
        expect(result.records.map((r) => r.recordId)).toEqual(facts.records.map((r) => r.id));
        for (const record of result.records) {
          expect(Object.keys(record.pathways)).toEqual([...PATHWAY_IDS]);
          for (const p of Object.values(record.pathways)) {
            expect(OUTCOMES).toContain(p.outcome);
            expect(p.elements.length).toBeGreaterThan(0);
            for (const e of p.elements) expect(e.citation.url).toMatch(/^https?:\/\//);
            // An outcome is never `likely` while an element is unsure or needs lawyer review.
            if (p.outcome === 'likely') {
              expect(p.elements.filter((e) => e.status !== 'met')).toEqual([]);
              expect(p.needsLawyerReview && p.elements.some((e) => e.needsLawyerReview && e.id !== 'timing')).toBe(
                false,
              );
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  /**
   * Monotone facts: answers where "yes" can only help. Not monotone, and so left out on purpose:
   * `injuryOrGunEnhancement` and `alreadyDismissed` (yes hurts), `level` and `stage` (no order).
   */
  it('turning duringHarm / becauseOfHarm / sentenceDone from unsure or skipped into yes never makes an outcome worse', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.nat(),
        fc.constantFrom('duringHarm', 'becauseOfHarm', 'sentenceDone'),
        (facts, pick, key) => {
          const i = pick % facts.records.length;
          const record = facts.records[i] as RecordFactsInput;
          fc.pre(record[key] === undefined || record[key] === 'unsure' || record[key] === 'skipped');
          const after: FactsInput = {
            ...facts,
            records: facts.records.map((r, j) => (j === i ? { ...r, [key]: 'yes' } : r)),
          };
          neverWorse(run(facts), run(after));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('turning a harm answer from unsure or skipped into yes never makes an outcome worse', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.constantFrom('trafficking', 'intimatePartnerViolence', 'sexualViolence'),
        (facts, harm) => {
          const was = facts.harms?.[harm];
          fc.pre(was === undefined || was === 'unsure' || was === 'skipped');
          const after: FactsInput = { ...facts, harms: { ...facts.harms, [harm]: 'yes' } };
          neverWorse(run(facts), run(after));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('learning that the harm has ended (from unsure or skipped) never makes an outcome worse', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        fc.pre(facts.situation === undefined || facts.situation === 'unsure' || facts.situation === 'skipped');
        neverWorse(run(facts), run({ ...facts, situation: 'ended' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('adding evidence never makes an outcome worse', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.constantFrom('service_provider_letter', 't_or_u_visa', 'police_or_court_record', 'other_document'),
        (facts, doc) => {
          const after: FactsInput = { ...facts, evidence: [...new Set([...(facts.evidence ?? []), doc])] };
          neverWorse(run(facts), run(after));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a violent felony is never better than not_eligible under PC 236.14 / 236.15', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const result = run(facts);
        for (const record of result.records) {
          if (record.offense.violent !== 'yes') continue;
          expect(record.pathways.pc236_14.outcome).toBe('not_eligible');
          expect(record.pathways.pc236_15.outcome).toBe('not_eligible');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a felony conviction with an injury or gun finding is always violent (PC 667.5(c)(8))', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const convicted = facts.records.map((r) => ({
          ...r,
          stage: 'conviction' as const,
          level: 'felony' as const,
          injuryOrGunEnhancement: 'yes' as const,
        }));
        const result = run({ ...facts, records: convicted });
        // A level the offense code fixes (a PC 647(b) is a misdemeanor) wins over the level given.
        for (const record of result.records)
          if (record.offense.level === 'felony') expect(record.offense.violent).toBe('yes');
      }),
      { numRuns: 100 },
    );
  });

  it('a record with no charges, or dismissed charges, is never violent through a finding ((c)(8), (19)-(21) need "charged and proved")', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom('arrest_no_charges', 'charges_dismissed'), (facts, stage) => {
        const result = run({
          ...facts,
          records: facts.records.map((r) => ({ ...r, stage, injuryOrGunEnhancement: 'yes' as const })),
        });
        for (const record of result.records) {
          const listed =
            record.offense.catalogId !== undefined &&
            record.pathways.pc236_14.elements.some(
              (e) => e.id === 'nonviolent' && e.explanation.key.endsWith('.listed'),
            );
          if (!listed) expect(record.offense.violent, record.offense.code).not.toBe('yes');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a non-California record never gets a California pathway better than not_eligible', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const result = run(facts);
        result.records.forEach((record, i) => {
          const court = facts.records[i]?.court;
          if (court !== 'other_state' && court !== 'federal') return;
          for (const id of CALIFORNIA_PATHWAYS) expect(record.pathways[id].outcome, `${id}`).toBe('not_eligible');
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('still in the situation without help: PC 236.14 / 236.15 are never better than not_yet, and safety comes first', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const result = run({ ...facts, situation: 'ongoing_no_help' });
        expect(result.safetyFirst).toBe(true);
        for (const record of result.records) {
          for (const id of ['pc236_14', 'pc236_15'] as const) {
            expect(OUTCOME_RANK[record.pathways[id].outcome]).toBeLessThanOrEqual(OUTCOME_RANK.not_yet);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const copy = structuredClone(facts);
        const a = run(facts);
        expect(facts).toEqual(copy);
        expect(run(facts)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
