import { recordNeedsItsHarm } from '@/machines/replies';
import { ANSWER_VALUES, type Facts, HARM_KINDS, type HarmKind, SITUATIONS, STAGES } from '@/rules';

/**
 * The answers a student can change on the results page: the ones the law turns on most often.
 * Each is a pure read and a pure write on a copy of the facts, so the person's real answers are
 * never touched.
 *
 * - `harms`: what happened, as one choice like the interview's one page (PC 236.14 / 236.15);
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

/**
 * "What happened", as the one page asks it: the harms ticked (each set of them), or one choice for
 * all three ("none of these", "not sure", "rather not say", which the facts hold as `skipped`).
 * Answers from an older saved file may mix replies; they read as `mixed` and only the real answer
 * offers that value.
 */
const HARM_SETS = [
  ['trafficking'],
  ['intimatePartnerViolence'],
  ['sexualViolence'],
  ['trafficking', 'intimatePartnerViolence'],
  ['trafficking', 'sexualViolence'],
  ['intimatePartnerViolence', 'sexualViolence'],
  ['trafficking', 'intimatePartnerViolence', 'sexualViolence'],
] as const satisfies readonly (readonly HarmKind[])[];
const ALL_THE_SAME = { none: 'no', unsure: 'unsure', skipped: 'skipped' } as const;
export const HARM_CHOICES: readonly string[] = [...HARM_SETS.map((set) => set.join('+')), ...Object.keys(ALL_THE_SAME)];
export const MIXED_HARMS = 'mixed';

export function readHarmChoice(facts: Facts): string {
  const replies = HARM_KINDS.map((harm) => facts.harms[harm]);
  for (const [choice, reply] of Object.entries(ALL_THE_SAME)) if (replies.every((r) => r === reply)) return choice;
  if (!replies.every((r) => r === 'yes' || r === 'no')) return MIXED_HARMS;
  return HARM_KINDS.filter((harm) => facts.harms[harm] === 'yes').join('+');
}

/**
 * A copy of the facts with "what happened" changed. As in the interview, a record stays tied only
 * to harms still in play (to-facts.ts), and only when the interview would ask which harm it is tied
 * to (recordNeedsItsHarm): after "not sure", every possible harm stays linked. The real links are
 * filtered again from the real facts each time, never lost for good.
 */
export function withHarmChoice(facts: Facts, choice: string, real: Facts): Facts {
  const same = ALL_THE_SAME[choice as keyof typeof ALL_THE_SAME];
  const ticked = choice.split('+');
  const harms =
    choice === MIXED_HARMS
      ? real.harms
      : (Object.fromEntries(
          HARM_KINDS.map((harm) => [harm, same ?? (ticked.includes(harm) ? 'yes' : 'no')]),
        ) as Facts['harms']);
  const possible = HARM_KINDS.filter((harm) => harms[harm] === 'yes' || harms[harm] === 'unsure');
  const linksCount = recordNeedsItsHarm({ harms });
  const records = facts.records.map((record, index) => {
    const { linkedHarms: _dropped, ...rest } = record;
    const linked = linksCount ? real.records[index]?.linkedHarms?.filter((harm) => possible.includes(harm)) : undefined;
    return linked && linked.length > 0 ? { ...rest, linkedHarms: linked } : rest;
  });
  return { ...facts, harms, records };
}
