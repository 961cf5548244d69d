import { simpleNextSteps } from '../core/advice';
import { type Check, check, combine, finish, msg } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase, inForce } from '../core/elements';
import { PC653_22_LAST_OFFENSE_YEAR, PC653_22_REPEALED } from '../parameters';
import type { PathwayResult } from '../types';

/**
 * PC 653.29 — dismiss and seal a conviction for loitering with intent to commit prostitution
 * (former PC 653.22, repealed by SB 357, 2022, Ch. 86, from 1/1/2023). Forms CR-425 / CR-426.
 * Official text and research sources: docs/law-sources.md, "PC 653.29".
 *
 * A person convicted of violating former § 653.22 may petition to have the conviction dismissed
 * and the record sealed. No link to trafficking or abuse is needed (TP17).
 *
 * Elements: in force (1/1/2023) → California conviction → under former § 653.22 → for conduct
 * before the repeal.
 *
 * Not modelled: AB 1726 (2023; "presumed legally invalid") — chaptering not confirmed, so
 * nothing here relies on it. Arrests under 653.22 without a conviction are screened under 851.91.
 */
export function pc653_29({ view, asOf, immigrationCaution }: RuleInput): PathwayResult {
  const stageFacts = view.fact('stage');
  const offenseFacts = view.fact('offense');
  const isLoitering = view.entry?.flags.loitering65322 === true;
  const year = view.record.offenseYear;
  const checks: Check[] = [
    inForce(asOf, PC653_22_REPEALED, 'pc653_29'),
    californiaCase(view, 'pc653_29', false),
    view.record.stage === 'conviction'
      ? check('conviction', 'met', 'conviction', stageFacts, 'pc653_29')
      : view.record.stage === 'unsure'
        ? check('conviction', 'unsure', 'unsure', stageFacts, 'pc653_29')
        : check('conviction', 'not_met', 'notConviction', stageFacts, 'pc653_29'),
    isLoitering
      ? check('offense65322', 'met', 'yes', offenseFacts, 'pc653_29')
      : view.entry === undefined
        ? check('offense65322', 'unsure', 'unknownOffense', offenseFacts, 'pc653_29')
        : check('offense65322', 'not_met', 'otherOffense', offenseFacts, 'pc653_29'),
    year === undefined || year <= PC653_22_LAST_OFFENSE_YEAR
      ? check('beforeRepeal', 'met', year === undefined ? 'assumed' : 'yes', view.fact('offenseYear'), 'pc653_29')
      : check('beforeRepeal', 'not_met', 'afterRepeal', view.fact('offenseYear'), 'pc653_29', { params: { year } }),
  ];
  const outcome = combine(checks);
  const fits =
    (view.entry === undefined || isLoitering) &&
    (view.record.stage === 'conviction' || view.record.stage === 'unsure') &&
    view.record.court !== 'other_state' &&
    view.record.court !== 'federal';
  return finish({
    pathway: 'pc653_29',
    citation: 'pc653_29',
    checks,
    applies: fits,
    nextSteps: simpleNextSteps(outcome, ['next.pc653_29.forms', 'next.court'], immigrationCaution),
    forms: ['CR-425', 'CR-426'],
    notes: isLoitering ? [msg('note.noLinkNeeded653_29')] : [],
  });
}
