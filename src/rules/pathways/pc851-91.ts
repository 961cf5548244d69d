import { simpleNextSteps } from '../core/advice';
import { type Check, check, combine, finish, ruledOut } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase } from '../core/elements';
import type { RecordView } from '../core/record-view';
import { LIMITATION_YEARS } from '../parameters';
import type { PathwayResult } from '../types';

/**
 * PC 851.91 — petition to seal an arrest that did not end in a conviction. Form CR-409. Official
 * text and research sources: docs/law-sources.md, "PC 851.91".
 *
 * (a) A person arrested who was not convicted may petition where: the statute of limitations has
 * run and no charges were filed; or charges were dismissed and cannot be refiled; or they were
 * acquitted; or a conviction was vacated or reversed and cannot be refiled. Not eligible if they
 * may still be charged, for offenses with no limitations period (e.g. murder), or for
 * intentionally evading law enforcement.
 *
 * Elements: California arrest → no conviction → can no longer be charged → not an excluded offense.
 *
 * Not modelled: the discretionary "interests of justice" standard for patterns of domestic
 * violence, child or elder abuse; longer limitations periods for particular offenses (we use the
 * general 1 / 3 years of PC 802 / 801, so a run period is only `met` when even those have passed);
 * whether a dismissed charge can be refiled (PC 1387), which the person cannot easily know.
 */
function noConviction(view: RecordView): Check {
  const facts = view.fact('stage');
  switch (view.record.stage) {
    case 'arrest_no_charges':
    case 'charges_dismissed':
      return check('noConviction', 'met', view.record.stage, facts, 'pc851_91');
    case 'unsure':
      return check('noConviction', 'unsure', 'unsure', facts, 'pc851_91');
    case 'pending':
      return check('noConviction', 'not_met', 'pending', facts, 'pc851_91');
    default:
      return check('noConviction', 'not_met', 'convicted', facts, 'pc851_91');
  }
}

/** Offenses punishable by death or life (667.5(c)(1), (c)(7)) may have no limitations period (PC 799). */
function noLimitationsPeriod(view: RecordView): boolean {
  const item = view.entry?.violentItem;
  return item === '(c)(1)' || item === '(c)(7)';
}

function cannotBeCharged(view: RecordView, asOf: string): Check {
  const facts = [view.path('offenseYear'), view.path('level'), view.path('offense')];
  if (noLimitationsPeriod(view))
    return check('cannotBeCharged', 'unsure', 'noLimitations', facts, 'pc851_91', { review: true });
  const year = view.record.offenseYear;
  const level = view.level;
  if (year === undefined || level === 'unsure')
    return check('cannotBeCharged', 'unsure', 'yearUnknown', facts, 'pc851_91');
  const limit = LIMITATION_YEARS[level];
  const asOfYear = Number(asOf.slice(0, 4));
  // Whole calendar years: only "run" when even the latest day of the offense year is past the limit.
  if (asOfYear - year > limit)
    return check('cannotBeCharged', 'met', 'limitationsRun', facts, 'pc851_91', { params: { years: limit } });
  return check('cannotBeCharged', 'unsure', 'mayStillBeCharged', facts, 'pc851_91', { params: { years: limit } });
}

/** "intentionally evading" a peace officer: Vehicle Code 2800.1 - 2800.4 (PC 851.91(a)). */
function notExcluded(view: RecordView): Check {
  const facts = view.fact('offense');
  if (/^VC 2800\.[1-4]/.test(view.code)) return check('notExcluded', 'not_met', 'evading', facts, 'pc851_91');
  return check('notExcluded', 'met', 'notExcluded', facts, 'pc851_91');
}

export function pc851_91({ view, asOf, immigrationCaution }: RuleInput): PathwayResult {
  const stage = view.record.stage;
  const fits =
    (stage === 'arrest_no_charges' || stage === 'charges_dismissed' || stage === 'unsure') &&
    view.record.court !== 'other_state' &&
    view.record.court !== 'federal';
  const arrest = [californiaCase(view, 'pc851_91', false), noConviction(view)];
  // A conviction, an open case or another court's record: sealing an arrest does not fit.
  if (ruledOut(fits, arrest))
    return finish({ pathway: 'pc851_91', citation: 'pc851_91', checks: arrest, applies: fits });
  const checks: Check[] = [...arrest, cannotBeCharged(view, asOf), notExcluded(view)];
  const outcome = combine(checks);
  return finish({
    pathway: 'pc851_91',
    citation: 'pc851_91',
    checks,
    applies: fits,
    nextSteps: simpleNextSteps(outcome, ['next.pc851_91.forms', 'next.court'], immigrationCaution),
    forms: ['CR-409'],
    notes: fits ? [{ key: 'note.mayBeAutomatic851_93' }] : [],
  });
}
