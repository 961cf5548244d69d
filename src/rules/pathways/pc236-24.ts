import type { RuleInput } from '../core/context';
import type { PathwayResult } from '../types';
import { openCaseDefense } from './open-case-defense';

/**
 * PC 236.24 — affirmative defense in an open case for survivors of intimate partner violence or
 * sexual violence. Added by AB 124 (2021). Source:
 * https://casetext.com/statute/california-codes/california-penal-code/part-1-of-crimes-and-punishments/title-8-of-crimes-against-the-person/chapter-8-false-imprisonment-and-human-trafficking/section-23624-coercion-to-commit-offense-due-to-being-a-victim-of-intimate-partner-violence-or-sexual-violence-is-affirmative-defense ;
 * brief §2.
 *
 * Coerced to commit the offense as a direct result of being an IPV / SV victim at the time, with a
 * reasonable fear of harm; preponderance; not for 667.5(c) violent felonies; raised any time
 * before plea or the end of trial; certified agency and immigration records are admissible.
 *
 * Not modelled: see open-case-defense.ts; the IPV / SV definitions (UNCERTAIN, brief §2).
 */
export function pc236_24(input: RuleInput): PathwayResult {
  return openCaseDefense('pc236_24', 'pc236_24', 'ipvSvVictim', input.view.ipvSv, input);
}
