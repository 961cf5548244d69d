import type { CitationId } from '../citations';
import { missingEvidence } from '../core/advice';
import { type Check, check, combine, finish, msg, ruledOut } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase, directResult, duringHarm, nonviolent, victim } from '../core/elements';
import type { Nexus, RecordView } from '../core/record-view';
import type { PathwayId, PathwayResult } from '../types';

/**
 * Shared shape of the two open-case affirmative defenses (PC 236.23 and PC 236.24), which have the
 * same structure (docs/law-sources.md): the defendant was coerced to commit the offense as a direct result
 * of being a victim at the time, with a reasonable fear of harm; proved by a preponderance; not
 * available for PC 667.5(c) violent felonies; raised before plea or the end of trial.
 *
 * Elements, in the statute's order: an open California case → nonviolent offense → victim at the
 * time → coerced as a direct result → reasonable fear of harm.
 *
 * A defense is argued by a defense lawyer in court, and the wizard does not ask about fear of harm,
 * so the result is at most `possible`: the point is to get the person to a public defender quickly.
 *
 * Not modelled: the "reasonable fear of harm" (never asked: it is for the defense lawyer to explore);
 * when the defense is raised (before plea or the end of trial), shown as a next step; CALCRIM 3414.
 */
export function openCaseDefense(
  pathway: PathwayId,
  citation: CitationId,
  victimId: 'traffickingVictim' | 'ipvSvVictim',
  nexus: Nexus,
  { facts, view }: RuleInput,
): PathwayResult {
  const pending = view.record.stage === 'pending' || view.record.stage === 'unsure';
  const applies = pending && view.record.court !== 'other_state' && view.record.court !== 'federal';
  const notes = [msg('note.openCaseCertifiedRecords')];
  const open = [pendingCase(view, citation), californiaCase(view, citation, false)];
  // A closed case or another court's case: the defense does not fit; nothing else to check.
  if (ruledOut(applies, open)) return finish({ pathway, citation, checks: open, ceiling: 'possible', applies, notes });
  const checks: Check[] = [
    ...open,
    nonviolent(view),
    victim(victimId, nexus, citation),
    duringHarm(view, citation, nexus.reason === 'minorCommercialSex'),
    directResult(view, citation),
    check('reasonableFear', 'unsure', 'notAsked', [], citation),
  ];
  const outcome = combine(checks, 'possible');
  return finish({
    pathway,
    citation,
    checks,
    ceiling: 'possible',
    applies,
    evidence: outcome === 'not_eligible' ? [] : missingEvidence(facts),
    nextSteps: outcome === 'not_eligible' ? [] : [msg('next.openCase.publicDefender'), msg('next.openCase.beforePlea')],
    notes,
  });
}

function pendingCase(view: RecordView, citation: CitationId): Check {
  const facts = view.fact('stage');
  if (view.record.stage === 'pending') return check('openCase', 'met', 'pending', facts, citation);
  if (view.record.stage === 'unsure') return check('openCase', 'unsure', 'unsure', facts, citation);
  return check('openCase', 'not_met', 'closed', facts, citation);
}
