import { simpleNextSteps } from '../core/advice';
import { type Check, check, combine, finish, msg } from '../core/check';
import type { Prop47Bar, RuleInput } from '../core/context';
import { californiaCase } from '../core/elements';
import type { RecordView } from '../core/record-view';
import { PROP47_VALUE_LIMIT_DOLLARS } from '../parameters';
import type { PathwayResult } from '../types';

/**
 * Proposition 47 — PC 1170.18: reduce certain felonies to misdemeanors. Deadline removed by SB 749
 * (2023, Ch. 633). Official text and research sources: docs/law-sources.md, "Proposition 47".
 *
 * A person with a felony conviction for an offense that would now be a misdemeanor (drug
 * possession HS 11350, 11357(a), 11377; shoplifting, petty theft (PC 484 / 488 / 490.2), receiving
 * stolen property, forgery or bad checks of $950 or less) may petition to have it reclassified.
 * 1170.18(i): not for a person with a conviction for a "super strike" (PC 667(e)(2)(C)(iv)) or an
 * offense requiring PC 290 registration. That is a fact about the person, so a disqualifying
 * conviction on ANY record closes Prop 47 for every record, and the text names that record.
 *
 * Elements: California felony conviction → a Prop 47 offense → value $950 or less (theft-type
 * offenses) → no disqualifying conviction (this record or another).
 *
 * Not modelled: super strikes and registrable offenses the person did not list (a note asks them
 * to tell a lawyer about any). Juvenile adjudications are left to a lawyer. Former PC 647f is not
 * Prop 47: it has its own route (PC 1170.22), given as a record note.
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

/** PC 1170.18(i), across every record the person listed. */
function noDisqualifyingConviction(view: RecordView, bars: readonly Prop47Bar[]): Check {
  const own = view.entry?.flags.registration290 === true;
  if (own) return check('noRegistration', 'not_met', 'registration290', view.fact('offense'), 'pc1170_18i');
  const certain = bars.find((b) => b.certain && b.index !== view.index);
  if (certain) {
    return check('noRegistration', 'not_met', `other.${certain.reason}`, certain.facts, 'pc1170_18i', {
      params: { number: certain.index + 1, code: certain.code },
    });
  }
  const maybe = bars.find((b) => b.index !== view.index);
  if (maybe) {
    return check('noRegistration', 'unsure', `otherUnsure.${maybe.reason}`, maybe.facts, 'pc1170_18i', {
      params: { number: maybe.index + 1, code: maybe.code },
    });
  }
  return check('noRegistration', 'met', 'notRequired', view.fact('offense'), 'pc1170_18i');
}

export function prop47({ view, immigrationCaution, prop47Bars }: RuleInput): PathwayResult {
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
      : check('valueLimit', 'unsure', 'notAsked', offenseFacts, 'pc1170_18', {
          params: { amount: PROP47_VALUE_LIMIT_DOLLARS },
        }),
    noDisqualifyingConviction(view, prop47Bars),
  ];
  const outcome = combine(checks);
  const fits =
    view.level !== 'misdemeanor' &&
    view.level !== 'infraction' &&
    (view.entry === undefined || listed) &&
    (view.record.stage === 'conviction' || view.record.stage === 'unsure') &&
    view.record.court !== 'other_state' &&
    view.record.court !== 'federal';
  return finish({
    pathway: 'prop47',
    citation: 'pc1170_18',
    checks,
    applies: fits,
    nextSteps: simpleNextSteps(outcome, ['next.prop47.forms', 'next.court'], immigrationCaution),
    notes: fits ? [msg('note.prop47SuperStrike'), msg('note.prop47NoDeadline')] : [],
  });
}
