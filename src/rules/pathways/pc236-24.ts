import type { RuleInput } from '../core/context';
import type { PathwayResult } from '../types';
import { openCaseDefense } from './open-case-defense';

/**
 * PC 236.24 — affirmative defense in an open case for survivors of intimate partner violence or
 * sexual violence. Added by AB 124 (2021). Official text and research sources:
 * docs/law-sources.md, "PC 236.24".
 *
 * Coerced to commit the offense as a direct result of being an IPV / SV victim at the time, with a
 * reasonable fear of harm; preponderance; not for 667.5(c) violent felonies; raised any time
 * before plea or the end of trial; certified agency and immigration records are admissible.
 *
 * Not modelled: see open-case-defense.ts; the IPV / SV definitions (not confirmed).
 */
export function pc236_24(input: RuleInput): PathwayResult {
  return openCaseDefense('pc236_24', 'pc236_24', 'ipvSvVictim', input.view.ipvSv, input);
}
