import { missingEvidence } from '../core/advice';
import { type Check, check, combine, finish, msg, ruledOut } from '../core/check';
import type { RuleInput } from '../core/context';
import { directResult, inForce, proof, victim } from '../core/elements';
import type { RecordView } from '../core/record-view';
import { USC3771A_IN_FORCE } from '../parameters';
import type { PathwayResult } from '../types';

/**
 * 18 U.S.C. § 3771A — federal vacatur and arrest expungement for trafficking survivors
 * (Trafficking Survivors Relief Act, Pub. L. 119-73, signed 1/23/2026). Official text and
 * research sources: docs/law-sources.md, "18 U.S.C. 3771A".
 *
 * Level A = a federal offense that is not a "crime of violence" (18 U.S.C. 16(a)); level B = a
 * violent one. A level A conviction may be vacated on motion to the sentencing court if committed
 * "as a direct result" of having been a trafficking victim (22 U.S.C. 7102); level A arrests may be
 * expunged; level B arrests only in limited situations (e.g. acquittal or dismissal); level B
 * convictions cannot be vacated. Preponderance of the evidence; an anti-trafficking service
 * provider's or clinician's affidavit may suffice. Retroactive. An IPV / SV link does not qualify.
 *
 * Elements, in the Act's order: in force → federal case → level A offense (or a level B arrest that
 * ended in dismissal) → trafficking victim → direct result → preponderance of the evidence.
 *
 * Not modelled: sentence reduction for people in custody; level B arrest expungement other than
 * dismissal (shown as `possible` with lawyer review); violent crimes against a child.
 */
function federalCase(view: RecordView): Check {
  const facts = view.fact('court');
  if (view.record.court === 'federal') return check('federalCase', 'met', 'federal', facts, 'usc3771a');
  if (view.record.court === 'unsure') return check('federalCase', 'unsure', 'unsure', facts, 'usc3771a');
  return check('federalCase', 'not_met', 'notFederal', facts, 'usc3771a');
}

function levelA(view: RecordView): Check {
  const facts = [view.path('offense'), view.path('stage')];
  const stage = view.record.stage;
  if (stage === 'pending') return check('levelA', 'not_met', 'pending', facts, 'usc16a');
  if (view.entry === undefined || view.entry.flags.federal !== true) {
    return check('levelA', 'unsure', 'unknownOffense', facts, 'usc16a');
  }
  if (view.entry.violentUncertain === true)
    return check('levelA', 'unsure', 'unknownOffense', facts, 'usc16a', { review: true });
  if (view.entry.flags.federalCrimeOfViolence !== true) return check('levelA', 'met', 'notViolent', facts, 'usc16a');
  // Level B: convictions cannot be vacated; some arrests (acquittal, dismissal) can be expunged.
  if (stage === 'charges_dismissed')
    return check('levelA', 'unsure', 'levelBDismissed', facts, 'usc16a', { review: true });
  return check('levelA', 'not_met', 'levelB', facts, 'usc16a');
}

export function usc3771a({ facts, view, asOf }: RuleInput): PathwayResult {
  const fits = (view.record.court === 'federal' || view.record.court === 'unsure') && view.record.stage !== 'pending';
  const court = [inForce(asOf, USC3771A_IN_FORCE, 'usc3771a'), federalCase(view)];
  // A state record: the federal Act does not fit; nothing else to check.
  if (ruledOut(fits, court)) return finish({ pathway: 'usc3771a', citation: 'usc3771a', checks: court, applies: fits });
  const checks: Check[] = [
    ...court,
    levelA(view),
    victim('traffickingVictim', view.trafficking, 'usc3771a'),
    directResult(view, 'usc3771a'),
    proof(facts, 'proofPreponderance', 'usc3771a'),
  ];
  const outcome = combine(checks);
  return finish({
    pathway: 'usc3771a',
    citation: 'usc3771a',
    checks,
    applies: fits,
    evidence:
      outcome === 'not_eligible'
        ? []
        : missingEvidence(facts, [
            'service_provider_letter',
            't_or_u_visa',
            'police_or_court_record',
            'medical_or_shelter_record',
          ]),
    nextSteps:
      outcome === 'likely' || outcome === 'possible'
        ? [msg('next.usc3771a.sentencingCourt'), msg('next.usc3771a.free'), msg('next.legalHelp')]
        : [],
    notes: fits ? [msg('note.usc3771aTraffickingOnly')] : [],
  });
}
