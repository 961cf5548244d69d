import { missingEvidence, vacaturNextSteps } from '../core/advice';
import { type Check, combine, finish, msg } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase, directResult, duringHarm, inForce, nonviolent, proof, timing, victim } from '../core/elements';
import { PC236_15_IN_FORCE } from '../parameters';
import type { PathwayResult } from '../types';
import { vacaturRecordKind } from './pc236-14';

/**
 * PC 236.15 — vacatur for survivors of intimate partner violence (IPV) or sexual violence (SV).
 * Added by AB 124 (2021), in effect 1/1/2022; amended by AB 2169 (2022). Official text and
 * research sources: docs/law-sources.md, "PC 236.15".
 *
 * A person arrested for or convicted of any nonviolent offense that occurred "as a direct result of
 * being a victim of intimate partner violence or sexual violence" may petition to have it vacated
 * and the records sealed; clear and convincing evidence; violent felonies (PC 667.5(c)) excluded;
 * juveniles and adults.
 *
 * Elements, in the same order as 236.14, which it parallels: California case and record kind →
 * nonviolent offense → victim of IPV or SV → while a victim → direct result → timing → proof.
 *
 * UNCERTAIN: the timing rule is only presumed to match 236.14, so the `timing` element always
 * asks for lawyer review, and relying on "sought services" alone caps at `possible`. Nothing says
 * "there is no deadline" for 236.15. The AB 262 restitution and fee rules are confirmed only for
 * 236.14, so the restitution note is not applied here. The
 * statute's own definitions of IPV and SV are not confirmed either: the harm question is screened
 * as the person answered it.
 *
 * Not modelled: the definitions of IPV / SV (UNCERTAIN); fee rules (presumed free, UNCERTAIN).
 */
export function pc236_15({ facts, view, asOf, immigrationCaution }: RuleInput): PathwayResult {
  const checks: Check[] = [
    inForce(asOf, PC236_15_IN_FORCE, 'pc236_15InForce'),
    californiaCase(view, 'pc236_15', true),
    vacaturRecordKind(view, 'pc236_15'),
    nonviolent(view),
    victim('ipvSvVictim', view.ipvSv, 'pc236_15'),
    duringHarm(view, 'pc236_15', false),
    directResult(view, 'pc236_15'),
    timing(facts, 'pc236_15Timing', true),
    proof(facts, 'proofClearConvincing', 'pc236_15'),
  ];
  const outcome = combine(checks);
  const pending = view.record.stage === 'pending';
  return finish({
    pathway: 'pc236_15',
    citation: 'pc236_15',
    checks,
    applies: !pending,
    evidence: outcome === 'not_eligible' ? [] : [msg('evidence.declaration'), ...missingEvidence(facts)],
    nextSteps: pending
      ? [msg('next.openCase.publicDefender')]
      : vacaturNextSteps(outcome, 'next.vacatur.free236_15', immigrationCaution, facts.situation),
    notes: [
      msg('note.vacaturIsLegalDefect'),
      ...(view.violent.value === 'yes' ? [msg('note.lawMayChangeViolent')] : []),
      ...(view.record.court === 'other_state' ? [msg('note.otherStateLaw')] : []),
    ],
  });
}
