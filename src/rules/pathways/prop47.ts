import { simpleNextSteps } from '../core/advice';
import { check, combine, finish, msg, type Check } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase } from '../core/elements';
import type { RecordView } from '../core/record-view';
import { PROP47_VALUE_LIMIT_DOLLARS } from '../parameters';
import type { PathwayResult } from '../types';

/**
 * Proposition 47 — PC 1170.18: reduce certain felonies to misdemeanors. Source:
 * http://www.courts.ca.gov/prop47.htm ; brief §6. Deadline removed by SB 749 (2023, Ch. 633).
 *
 * A person with a felony conviction for an offense that would now be a misdemeanor (drug
 * possession HS 11350, 11357(a), 11377; shoplifting, petty theft, receiving stolen property,
 * forgery or bad checks of $950 or less) may petition to have it reclassified. Excluded: people
 * with "super-strike" priors or required to register under PC 290.
 *
 * Elements: California felony conviction → a Prop 47 offense → value $950 or less (theft-type
 * offenses) → not a PC 290 registrant.
 *
 * Not modelled: "super-strike" priors (PC 667(e)(2)(C)(iv)); we do not ask, so a note says so.
 * Juvenile adjudications (case law outside the brief) are left to a lawyer.
 */
function felonyConviction(view: RecordView): Check[] {
  const stageFacts = view.fact('stage');
  const levelFacts = [view.path('level'), view.path('offense')];
  const conviction =
    view.record.stage === 'conviction'
      ? check('conviction', 'met', 'conviction', stageFacts, 'pc1170_18')
      : view.record.stage === 'unsure'
        ? check('conviction', 'unsure', 'unsure', stageFacts, 'pc1170_18')
        : check('conviction', 'not_met', 'notConviction', stageFacts, 'pc1170_18');
  const felony =
    view.level === 'felony'
      ? check('felony', 'met', 'felony', levelFacts, 'pc1170_18')
      : view.level === 'unsure'
        ? check('felony', 'unsure', 'unsure', levelFacts, 'pc1170_18')
        : check('felony', 'not_met', 'alreadyMisdemeanor', levelFacts, 'pc1170_18');
  return [conviction, felony];
}

export function prop47({ view, immigrationCaution }: RuleInput): PathwayResult {
  const offenseFacts = view.fact('offense');
  const listed = view.entry?.flags.prop47 === true;
  const checks: Check[] = [
    californiaCase(view, 'pc1170_18', false),
    ...felonyConviction(view),
    listed
      ? check('prop47Offense', 'met', 'yes', offenseFacts, 'pc1170_18')
      : view.entry === undefined
        ? check('prop47Offense', 'unsure', 'unknownOffense', offenseFacts, 'pc1170_18')
        : check('prop47Offense', 'not_met', 'notListed', offenseFacts, 'pc1170_18'),
    // Drug possession has no value limit; theft-type offenses need $950 or less, which we do not ask.
    view.entry?.category === 'drugs'
      ? check('valueLimit', 'met', 'noLimit', offenseFacts, 'pc1170_18')
      : check('valueLimit', 'unsure', 'notAsked', offenseFacts, 'pc1170_18', { params: { amount: PROP47_VALUE_LIMIT_DOLLARS } }),
    view.entry?.flags.registration290 === true
      ? check('noRegistration', 'not_met', 'registration290', offenseFacts, 'pc1170_18')
      : check('noRegistration', 'met', 'notRequired', offenseFacts, 'pc1170_18'),
  ];
  const outcome = combine(checks);
  const fits =
    view.level !== 'misdemeanor' && view.level !== 'infraction' &&
    (view.entry === undefined || listed) &&
    (view.record.stage === 'conviction' || view.record.stage === 'unsure') &&
    view.record.court !== 'other_state' && view.record.court !== 'federal';
  return finish({
    pathway: 'prop47',
    citation: 'pc1170_18',
    checks,
    applies: fits,
    nextSteps: simpleNextSteps(outcome, ['next.prop47.forms', 'next.court'], immigrationCaution),
    notes: fits ? [msg('note.prop47SuperStrike'), msg('note.prop47NoDeadline')] : [],
  });
}
