import { missingEvidence, vacaturNextSteps } from '../core/advice';
import { type Check, check, combine, finish, msg } from '../core/check';
import type { RuleInput } from '../core/context';
import { californiaCase, directResult, duringHarm, nonviolent, proof, timing, victim } from '../core/elements';
import type { RecordView } from '../core/record-view';
import type { PathwayResult } from '../types';

/**
 * PC 236.14 — vacatur for survivors of human trafficking (text as amended by AB 262 (2021) and
 * AB 2169 (2022)). Official text and research sources: docs/law-sources.md, "PC 236.14".
 *
 * (a) "If a person was arrested for or convicted of any nonviolent offense committed while he or
 * she was a victim of human trafficking … the person may petition the court for vacatur relief of
 * his or her convictions, arrests, and adjudications." The petitioner must show by clear and
 * convincing evidence that the arrest or conviction was "the direct result of being a victim of
 * human trafficking", demonstrating that they "lacked the requisite intent"; the court then vacates
 * it "as invalid due to legal defect". Timing: "at any time after the person has ceased to be a
 * victim … or at any time after the petitioner has sought services" (AB 262; 236.14(l)). While
 * the person may still be in the situation, relying on "sought services" alone is contestable:
 * at most `possible`, for a lawyer, and the next steps lead with safety, never "you can ask now". (b) The petition is
 * under penalty of perjury, with all available evidence.
 *
 * Elements, in the statute's order: California case and record kind (arrested / convicted /
 * adjudicated) → nonviolent offense (not on PC 667.5(c)) → victim of human trafficking (PC 236.1)
 * → committed while a victim → direct result → timing → clear and convincing evidence.
 *
 * Not modelled: the remaining "interests of justice" finding listed in the AB 2169 digest
 * (discretionary; nothing a screener can ask); restitution (never a bar, shown as a note); consolidation across counties (236.14(e)) beyond a next-step message.
 */

/** Arrests, convictions and juvenile adjudications are all covered (236.14(a)). */
export function vacaturRecordKind(view: RecordView, citation: 'pc236_14a' | 'pc236_15'): Check {
  const facts = view.fact('stage');
  switch (view.record.stage) {
    case 'pending':
      return check('recordKind', 'not_met', 'pending', facts, citation);
    case 'unsure':
      return check('recordKind', 'unsure', 'unsure', facts, citation);
    default:
      return check('recordKind', 'met', view.record.stage, facts, citation);
  }
}

export function pc236_14({ facts, view, immigrationCaution }: RuleInput): PathwayResult {
  const minorCommercialSex = view.trafficking.reason === 'minorCommercialSex';
  const checks: Check[] = [
    californiaCase(view, 'pc236_14Venue', true),
    vacaturRecordKind(view, 'pc236_14a'),
    nonviolent(view),
    victim('traffickingVictim', view.trafficking, minorCommercialSex ? 'pc236_1c' : 'pc236_1'),
    duringHarm(view, 'pc236_14a', minorCommercialSex),
    directResult(view, 'pc236_14a'),
    timing(facts, 'pc236_14Timing', false),
    proof(facts, 'proofClearConvincing', 'pc236_14b'),
  ];
  const outcome = combine(checks);
  const pending = view.record.stage === 'pending';
  return finish({
    pathway: 'pc236_14',
    citation: 'pc236_14',
    checks,
    // An open case is not a vacatur case at all: fold it away; the 236.23 defense applies.
    applies: !pending,
    evidence: outcome === 'not_eligible' ? [] : [msg('evidence.declaration'), ...missingEvidence(facts)],
    nextSteps: pending
      ? [msg('next.openCase.publicDefender')]
      : vacaturNextSteps(outcome, 'next.vacatur.free236_14', immigrationCaution, facts.situation),
    notes: [
      msg('note.vacaturIsLegalDefect'),
      ...(view.violent.value === 'yes' ? [msg('note.lawMayChangeViolent')] : []),
      ...(view.record.court === 'other_state' ? [msg('note.otherStateLaw')] : []),
      ...(view.record.court === 'federal' ? [msg('note.seeFederalRoute')] : []),
    ],
  });
}
