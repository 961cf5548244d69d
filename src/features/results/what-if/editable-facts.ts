import { ANSWER_VALUES, type Facts, SITUATIONS, STAGES } from '@/rules';

/**
 * The answers a student can change on the results page: the ones the law turns on most often.
 * Each is a pure read and a pure write on a copy of the facts, so the person's real answers are
 * never touched.
 *
 * - `situation`: whether the harm has ended, or help was sought (PC 236.14(a) / 236.15(a) timing);
 * - `noncitizen`: decides the immigration warning and which route comes first;
 * - per record, `stage` (arrest, open case, conviction...), `sentenceDone` (PC 1203.4) and
 *   `becauseOfHarm` (the "direct result" link of PC 236.14 / 236.15).
 */

export type CaseFactId = 'situation' | 'noncitizen';
export type RecordFactId = 'stage' | 'sentenceDone' | 'becauseOfHarm';

export interface FactControl<Id extends string> {
  readonly id: Id;
  readonly values: readonly string[];
}

export const CASE_CONTROLS: readonly FactControl<CaseFactId>[] = [
  { id: 'situation', values: SITUATIONS },
  { id: 'noncitizen', values: ANSWER_VALUES },
];

export const RECORD_CONTROLS: readonly FactControl<RecordFactId>[] = [
  { id: 'stage', values: STAGES },
  { id: 'sentenceDone', values: ANSWER_VALUES },
  { id: 'becauseOfHarm', values: ANSWER_VALUES },
];

export const readCaseFact = (facts: Facts, id: CaseFactId): string => facts[id];
export const readRecordFact = (facts: Facts, record: number, id: RecordFactId): string => facts.records[record]![id];

/** A copy of the facts with one case-level answer changed. */
export function withCaseFact(facts: Facts, id: CaseFactId, value: string): Facts {
  return { ...facts, [id]: value };
}

/** A copy of the facts with one answer about one record changed. */
export function withRecordFact(facts: Facts, record: number, id: RecordFactId, value: string): Facts {
  return { ...facts, records: facts.records.map((r, i) => (i === record ? { ...r, [id]: value } : r)) };
}
