import { missingEvidence, simpleNextSteps } from '../core/advice';
import { type Check, check, combine, finish, msg } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase, directResult, victim } from '../core/elements';
import type { RecordView } from '../core/record-view';
import type { PathwayResult } from '../types';

/**
 * PC 1203.49 — older relief for trafficking survivors convicted of prostitution (PC 647(b)).
 * Enacted by AB 1585 (2014). Official text and research sources: docs/law-sources.md, "PC 1203.49".
 *
 * "A defendant who has been convicted of solicitation or prostitution under subdivision (b) of
 * Section 647 and who has completed any term of probation for that conviction may petition the
 * court" and, on clear and convincing evidence that the conviction was the result of their status
 * as a trafficking victim, the court may grant relief available under § 1203.4.
 *
 * Elements: still in force (UNCERTAIN) → then, in the statute's order: conviction → under PC 647(b) → probation completed → the
 * conviction resulted from trafficking (victim + direct result).
 *
 * At most `possible`, because 236.14 gives more (vacatur, not 1203.4-type relief).
 * UNCERTAIN: whether 1203.49 is still in force (no repeal found, undated copy): lawyer review.
 *
 * Not modelled: the court's discretion ("may"); the DOJ notice. Both follow a grant, not eligibility.
 */
function convicted647b(view: RecordView): Check[] {
  const stageFacts = view.fact('stage');
  const conviction =
    view.record.stage === 'conviction'
      ? check('conviction', 'met', 'conviction', stageFacts, 'pc1203_49')
      : view.record.stage === 'unsure'
        ? check('conviction', 'unsure', 'unsure', stageFacts, 'pc1203_49')
        : check('conviction', 'not_met', 'notConviction', stageFacts, 'pc1203_49');
  const offenseFacts = view.fact('offense');
  const offense =
    view.entry?.flags.prostitution647b === true
      ? check('offense647b', 'met', 'yes', offenseFacts, 'pc1203_49')
      : view.entry === undefined
        ? check('offense647b', 'unsure', 'unknownOffense', offenseFacts, 'pc1203_49')
        : check('offense647b', 'not_met', 'otherOffense', offenseFacts, 'pc1203_49');
  return [conviction, offense];
}

function probationDone(view: RecordView): Check {
  const facts = view.fact('sentenceDone');
  const answer = view.record.sentenceDone;
  if (answer === 'yes') return check('sentenceDone', 'met', 'yes', facts, 'pc1203_49');
  if (answer === 'no') return check('sentenceDone', 'not_met', 'no', facts, 'pc1203_49', { cap: 'not_yet' });
  return check('sentenceDone', 'unsure', answer, facts, 'pc1203_49');
}

export function pc1203_49({ facts, view, immigrationCaution }: RuleInput): PathwayResult {
  const checks: Check[] = [
    // No repeal found, but the copy is undated (UNCERTAIN). Met, for a lawyer to confirm;
    // the pathway's own ceiling keeps it at `possible` anyway.
    check('stillInForce', 'met', 'noRepealFound', [], 'pc1203_49', { review: true, cap: 'possible' }),
    californiaCase(view, 'pc1203_49', false),
    ...convicted647b(view),
    probationDone(view),
    victim('traffickingVictim', view.trafficking, 'pc1203_49'),
    directResult(view, 'pc1203_49'),
  ];
  const fits =
    view.record.court !== 'other_state' &&
    view.record.court !== 'federal' &&
    view.record.stage !== 'pending' &&
    view.record.stage !== 'arrest_no_charges' &&
    view.record.stage !== 'charges_dismissed' &&
    view.record.stage !== 'juvenile_adjudication' &&
    (view.entry === undefined || view.entry.flags.prostitution647b === true);
  const outcome = combine(checks, 'possible');
  return finish({
    pathway: 'pc1203_49',
    citation: 'pc1203_49',
    checks,
    ceiling: 'possible',
    applies: fits,
    evidence: outcome === 'not_eligible' ? [] : missingEvidence(facts),
    nextSteps: simpleNextSteps(outcome, ['next.pc1203_49.askAbout236_14'], immigrationCaution),
    notes: [msg('note.prefer236_14')],
  });
}
