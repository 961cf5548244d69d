import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { screen } from '@/rules';

import { factsArb } from './arbitraries';

/**
 * A result card must never say two different things about the same record: "Misdemeanors fit
 * PC 1203.4" beside "we do not know if it was a felony", or "the record is a conviction" beside
 * "the case is still open". Each element reason that states something about a record's level or
 * how its case ended is listed here with what it claims; across every card of a record, the claims
 * must agree. A new reason that states one of these things belongs in this table.
 */

type Claim = { readonly values: readonly string[] } | 'unknown';
const known = (...values: string[]): Claim => ({ values });

const NOT_FELONY = known('misdemeanor', 'infraction');
const LEVEL_CLAIMS: Record<string, Claim> = {
  'element.nonviolent.misdemeanor': NOT_FELONY,
  'element.nonviolent.listed': known('felony'),
  'element.nonviolent.enhancement': known('felony'),
  'element.nonviolent.levelUnsure': 'unknown',
  'element.route.misdemeanor': known('misdemeanor'),
  'element.route.noProbation': known('misdemeanor'),
  'element.route.felonyJail': known('felony'),
  'element.felony.felony': known('felony'),
  'element.felony.alreadyMisdemeanor': NOT_FELONY,
  'element.felony.unsure': 'unknown',
  'element.notExcluded1203_4b.levelUnsure': 'unknown',
};

const NOT_A_CONVICTION = known('arrest_no_charges', 'charges_dismissed', 'pending', 'juvenile_adjudication');
const STAGE_CLAIMS: Record<string, Claim> = {
  'element.recordKind.arrest_no_charges': known('arrest_no_charges'),
  'element.recordKind.charges_dismissed': known('charges_dismissed'),
  'element.recordKind.conviction': known('conviction'),
  'element.recordKind.juvenile_adjudication': known('juvenile_adjudication'),
  'element.recordKind.pending': known('pending'),
  'element.recordKind.unsure': 'unknown',
  'element.conviction.conviction': known('conviction'),
  'element.conviction.notConviction': NOT_A_CONVICTION,
  'element.conviction.unsure': 'unknown',
  'element.adultConviction.conviction': known('conviction'),
  'element.adultConviction.juvenile': known('juvenile_adjudication'),
  'element.adultConviction.notConviction': NOT_A_CONVICTION,
  'element.adultConviction.unsure': 'unknown',
  'element.noConviction.arrest_no_charges': known('arrest_no_charges'),
  'element.noConviction.charges_dismissed': known('charges_dismissed'),
  'element.noConviction.pending': known('pending'),
  'element.noConviction.convicted': known('conviction', 'juvenile_adjudication'),
  'element.noConviction.unsure': 'unknown',
  'element.openCase.pending': known('pending'),
  'element.openCase.unsure': 'unknown',
  'element.openCase.closed': known('arrest_no_charges', 'charges_dismissed', 'conviction', 'juvenile_adjudication'),
};

const COURT_CLAIMS: Record<string, Claim> = {
  'element.californiaCase.california': known('california'),
  'element.californiaCase.otherState': known('other_state'),
  'element.californiaCase.federal': known('federal'),
  'element.californiaCase.unsure': 'unknown',
  'element.federalCase.federal': known('federal'),
  'element.federalCase.notFederal': known('california', 'other_state'),
  'element.federalCase.unsure': 'unknown',
};

/** Two claims agree when both are unknown, or both are known and share a value. */
function agree(a: Claim, b: Claim): boolean {
  if (a === 'unknown' || b === 'unknown') return a === b;
  return a.values.some((value) => b.values.includes(value));
}

describe('every card of a record tells the same story about it', { timeout: 60_000 }, () => {
  it.each([
    ['level', LEVEL_CLAIMS],
    ['how the case ended', STAGE_CLAIMS],
    ['court', COURT_CLAIMS],
  ] as const)('no two reasons disagree about its %s', (_what, claims) => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const outcome = screen(facts);
        if (!outcome.ok) return;
        for (const record of outcome.result.records) {
          const stated = Object.values(record.pathways)
            .flatMap((pathway) => pathway.elements)
            .map((element) => [element.explanation.key, claims[element.explanation.key]] as const)
            .filter((pair): pair is readonly [string, Claim] => pair[1] !== undefined);
          for (const [keyA, a] of stated)
            for (const [keyB, b] of stated) expect(agree(a, b), `${record.recordId}: ${keyA} vs ${keyB}`).toBe(true);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('the claims table names only reasons that exist', async () => {
    const english = (await import('../../locales/en/rules.json')).default as { element: Record<string, object> };
    for (const key of [...Object.keys(LEVEL_CLAIMS), ...Object.keys(STAGE_CLAIMS), ...Object.keys(COURT_CLAIMS)]) {
      const [, id, reason] = key.split('.');
      expect(english.element[id!], key).toHaveProperty(reason!);
    }
  });
});
