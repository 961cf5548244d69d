import type { RuleInput } from '../core/context';
import type { PathwayResult } from '../types';
import { openCaseDefense } from './open-case-defense';

/**
 * PC 236.23 — affirmative defense in an open case for survivors of human trafficking.
 * In re D.C. (2021): it applies in juvenile proceedings, and the trafficker need not have directed
 * the specific crime; CALCRIM 3414. Official text and research sources: docs/law-sources.md.
 *
 * "coerced to commit the offense as a direct result of being a human trafficking victim at the
 * time of the offense and had a reasonable fear of harm"; preponderance; not for 667.5(c) violent
 * felonies (AB 124 restored the bar). If the defense succeeds, the court seals the records.
 *
 * Not modelled: see open-case-defense.ts (reasonable fear; timing of the defense).
 */
export function pc236_23(input: RuleInput): PathwayResult {
  return openCaseDefense('pc236_23', 'pc236_23', 'traffickingVictim', input.view.trafficking, input);
}
