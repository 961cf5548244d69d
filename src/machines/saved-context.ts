import { z } from 'zod/mini';

import { MAX_RECORDS } from '@/lib/record-limit';
import { factsSchema, screen } from '@/rules';

import { answersSchema } from './answers';
import type { ScreeningContext } from './contract';
import { isRecordStep, isStepId, nextPosition, type Position, STEP_IDS, stepApplies } from './flow';
import { upgradeSavedContext } from './saved-context-upgrade';
import { answersToFacts } from './to-facts';

/**
 * What a saved file holds (the whole screening context) and the checks it must pass before it
 * replaces the answers on screen: first its shape (the schema), then its meaning (`fitsTheApp`).
 * A file that fails either gets the "answers do not fit" message and changes nothing.
 */

const positionSchema = z.strictObject({
  step: z.enum(STEP_IDS as unknown as readonly [string, ...string[]]).check(z.refine(isStepId)),
  record: z.int().check(z.minimum(0), z.maximum(MAX_RECORDS - 1)),
});

/**
 * Back can retrace at most every page of the interview once per record, plus the changes made on
 * the way; a generous bound that any real journey stays under.
 */
const MAX_TRAIL = (STEP_IDS.length + 2) * (MAX_RECORDS + 2);

export const screeningContextSchema = z.strictObject({
  answers: answersSchema,
  position: positionSchema,
  trail: z.array(positionSchema).check(z.maxLength(MAX_TRAIL)),
  changes: z
    .array(
      z.strictObject({
        returnTo: positionSchema,
        trailLength: z.int().check(z.minimum(0), z.maximum(MAX_TRAIL)),
        mode: z.enum(['followUps', 'walk']),
      }),
    )
    .check(z.maxLength(5)),
}) as unknown as z.ZodMiniType<ScreeningContext>;

/** Why a context that has the right shape still cannot be resumed (for tests and logs; never shown). */
export type MisfitReason =
  'duplicateRecordIds' | 'stepDoesNotApply' | 'missingPosition' | 'noRecordForResults' | 'resultsNotComputable';

export function whyItDoesNotFit(context: ScreeningContext): MisfitReason | undefined {
  const { answers, position } = context;
  const ids = answers.records.map((record) => record.id);
  if (new Set(ids).size !== ids.length) return 'duplicateRecordIds';
  const exists = (p: Position) => !isRecordStep(p.step) || p.record < answers.records.length;
  if (!exists(position) || !stepApplies(position, answers)) return 'stepDoesNotApply';
  if (!context.trail.every(exists) || !context.changes.every((change) => exists(change.returnTo)))
    return 'missingPosition';
  if (context.changes.some((change) => change.trailLength > context.trail.length)) return 'missingPosition';
  if (position.step === 'results' && answers.records.length === 0) return 'noRecordForResults';
  if (answers.records.length > 0 && !resultsAreComputable(context)) return 'resultsNotComputable';
  return undefined;
}

function resultsAreComputable({ answers }: ScreeningContext): boolean {
  try {
    const facts = factsSchema.safeParse(answersToFacts(answers));
    return facts.success && screen(facts.data).ok;
  } catch {
    return false;
  }
}

/**
 * An old file may have stopped on "which harm is this record tied to?", which is no longer asked
 * when it cannot change the result: the person goes on to the next page instead.
 */
function onToAPageThatApplies(context: ScreeningContext): ScreeningContext {
  const { answers, position } = context;
  const exists = !isRecordStep(position.step) || position.record < answers.records.length;
  if (!exists || stepApplies(position, answers)) return context;
  return { ...context, position: nextPosition(answers, position) };
}

/** A saved payload, checked for shape and meaning; undefined when it does not fit this app. */
export function readSavedContext(payload: unknown): ScreeningContext | undefined {
  // A file from the version that asked about each harm on its own page opens with the same meaning.
  const upgraded = upgradeSavedContext(payload);
  const parsed = screeningContextSchema.safeParse(upgraded);
  if (!parsed.success) return undefined;
  const context = upgraded === payload ? parsed.data : onToAPageThatApplies(parsed.data);
  return whyItDoesNotFit(context) === undefined ? context : undefined;
}
