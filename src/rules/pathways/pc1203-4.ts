import { simpleNextSteps } from '../core/advice';
import { type Check, check, combine, finish, msg } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase } from '../core/elements';
import type { RecordView } from '../core/record-view';
import type { PathwayResult } from '../types';

/**
 * PC 1203.4 / 1203.4a / 1203.41 — dismissal after the sentence ("expungement"). Official text and
 * research sources: docs/law-sources.md, "PC 1203.4".
 *
 * 1203.4: a conviction where probation was completed (or ended early): dismissal is mandatory if
 * probation was fully satisfied, discretionary otherwise; not while serving a sentence, on
 * probation, or charged with another offense. 1203.4a: misdemeanor or infraction without
 * probation, one year after conviction (details UNCERTAIN). 1203.41: felony sentenced to county
 * jail (1170(h)) and, since SB 731, most state-prison felonies except PC 290 registrants, two years
 * after the sentence (waiting periods UNCERTAIN); discretionary.
 *
 * Elements, in the statute's order: California conviction → the route that fits the sentence
 * (1203.4 / 1203.4a / 1203.41) → not an offense 1203.4(b) excludes → sentence completed → no other
 * open case → not already dismissed.
 *
 * 1203.4(b): the dismissal does not apply to PC 286(c), 287(c) (former 288a(c)), 288, 289(j),
 * 311.1, 311.2(d), 311.3, 311.11, a felony under 261.5(d), or a Vehicle Code 42002.1 misdemeanor.
 *
 * Rehabilitative only: not sealed, still disclosed for public office and licensing, and NOT
 * effective for immigration (Matter of Roldan): every result carries that note.
 * SB 1106 (2022): unpaid restitution is no longer a bar.
 *
 * Not modelled: 1203.42 (pre-realignment felonies, UNCERTAIN); PC 17(b) wobbler reduction; the
 * 1203.425 automatic relief (shown as a note: it may already have happened); the exact 1203.4a /
 * 1203.41 waiting periods (UNCERTAIN), which is why those routes stop at `possible`.
 */
function convictionKind(view: RecordView): Check {
  const facts = view.fact('stage');
  switch (view.record.stage) {
    case 'conviction':
      return check('adultConviction', 'met', 'conviction', facts, 'pc1203_4');
    case 'juvenile_adjudication':
      return check('adultConviction', 'not_met', 'juvenile', facts, 'pc1203_4');
    case 'unsure':
      return check('adultConviction', 'unsure', 'unsure', facts, 'pc1203_4');
    default:
      return check('adultConviction', 'not_met', 'notConviction', facts, 'pc1203_4');
  }
}

/** Which of the three sections fits the level and the sentence. */
function route(view: RecordView): Check {
  const facts = [view.path('level'), view.path('sentence'), view.path('offense')];
  const sentence = view.record.sentence;
  if (sentence === 'probation') return check('route', 'met', 'probation', facts, 'pc1203_4');
  if (view.level === 'misdemeanor' || view.level === 'infraction') {
    if (sentence === 'fine_only' || sentence === 'county_jail' || sentence === 'none') {
      return check('route', 'met', 'noProbation', facts, 'pc1203_4a', { review: true, cap: 'possible' });
    }
    // Most misdemeanor sentences include (summary) probation; either 1203.4 or 1203.4a fits.
    return check('route', 'met', 'misdemeanor', facts, 'pc1203_4');
  }
  if (view.level === 'felony' && (sentence === 'county_jail' || sentence === 'state_prison')) {
    if (view.entry?.flags.registration290 === true) {
      return check('route', 'not_met', 'registration290', facts, 'pc1203_41', { review: true });
    }
    return check('route', 'met', 'felonyJail', facts, 'pc1203_41', { review: true, cap: 'possible' });
  }
  return check('route', 'unsure', 'sentenceUnknown', facts, 'pc1203_4');
}

/**
 * PC 1203.4(b). Matched on the code as written and on the catalog's canonical code, so `PC 288(a)`
 * and `PC 288a(c)` are caught while `PC 288.5` and `PC 288a(b)` are not. Attempts are not excluded
 * (they are separate offenses, PC 664).
 */
const EXCLUDED_1203_4B =
  /^(PC 286\(c\)|PC 287\(c\)|PC 288a\(c\)|PC 288(\(|$)|PC 289\(j\)|PC 311\.1(\(|$)|PC 311\.2\(d\)|PC 311\.3(\(|$)|PC 311\.11(\(|$)|VC 42002\.1(\(|$))/;
const STATUTORY_RAPE_FELONY = /^PC 261\.5\(d\)/;

function notExcluded(view: RecordView): Check {
  const codes = [view.code, ...(view.entry ? [view.entry.code] : [])];
  const facts = [view.path('offense'), view.path('level')];
  if (codes.some((c) => EXCLUDED_1203_4B.test(c)))
    return check('notExcluded1203_4b', 'not_met', 'excluded', facts, 'pc1203_4b');
  if (codes.some((c) => STATUTORY_RAPE_FELONY.test(c))) {
    if (view.level === 'felony') return check('notExcluded1203_4b', 'not_met', 'excluded', facts, 'pc1203_4b');
    if (view.level === 'unsure') return check('notExcluded1203_4b', 'unsure', 'levelUnsure', facts, 'pc1203_4b');
  }
  return check('notExcluded1203_4b', 'met', 'notExcluded', facts, 'pc1203_4b');
}

function sentenceDone(view: RecordView): Check {
  const facts = view.fact('sentenceDone');
  const answer = view.record.sentenceDone;
  if (answer === 'yes') return check('sentenceDone', 'met', 'yes', facts, 'pc1203_4');
  if (answer === 'no') return check('sentenceDone', 'not_met', 'no', facts, 'pc1203_4', { cap: 'not_yet' });
  return check('sentenceDone', 'unsure', answer, facts, 'pc1203_4');
}

/**
 * "not … charged with the commission of any offense": another open case must end first. The element
 * reads the stage of every record (the list is built once per screening, in screen.ts).
 */
function noOpenCase(view: RecordView, { views, allStagePaths }: RuleInput): Check {
  const pending = views.filter((v) => v.index !== view.index && v.record.stage === 'pending');
  if (pending.length > 0) {
    return check(
      'noOpenCase',
      'not_met',
      'otherCasePending',
      pending.map((v) => v.stagePath),
      'pc1203_4',
      { cap: 'not_yet' },
    );
  }
  return check('noOpenCase', 'met', 'none', allStagePaths, 'pc1203_4');
}

function notAlreadyDismissed(view: RecordView): Check {
  const facts = view.fact('alreadyDismissed');
  const answer = view.record.alreadyDismissed;
  if (answer === 'yes') return check('notAlreadyDismissed', 'not_met', 'already', facts, 'pc1203_4');
  if (answer === 'unsure') return check('notAlreadyDismissed', 'unsure', 'unsure', facts, 'pc1203_4');
  return check('notAlreadyDismissed', 'met', answer, facts, 'pc1203_4');
}

/** Judicial Council forms for 1203.4, 1203.4a and 1203.41: petition and order. */
const FORMS = Object.freeze(['CR-180', 'CR-181']);

export function pc1203_4(input: RuleInput): PathwayResult {
  const { view, immigrationCaution } = input;
  const checks: Check[] = [
    californiaCase(view, 'pc1203_4', false),
    convictionKind(view),
    route(view),
    notExcluded(view),
    sentenceDone(view),
    noOpenCase(view, input),
    notAlreadyDismissed(view),
  ];
  const outcome = combine(checks);
  const fits =
    (view.record.stage === 'conviction' || view.record.stage === 'unsure') &&
    view.record.court !== 'other_state' &&
    view.record.court !== 'federal';
  const minor = view.level === 'misdemeanor' || view.level === 'infraction';
  return finish({
    pathway: 'pc1203_4',
    citation: 'pc1203_4',
    checks,
    applies: fits,
    nextSteps: simpleNextSteps(outcome, ['next.pc1203_4.forms', 'next.court'], immigrationCaution),
    forms: FORMS,
    notes: [
      msg('note.notImmigrationSafe'),
      msg('note.rehabilitativeOnly'),
      msg('note.restitutionNoBar'),
      ...(minor && fits ? [msg('note.mayBeAutomatic')] : []),
    ],
  });
}
