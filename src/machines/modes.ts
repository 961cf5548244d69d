import type { ScreeningContext } from './contract';
import { isAfterRecordStep, isPreRecordStep, isRecordStep } from './flow';

/**
 * The modes of the interview, as the machine's state values. The page within a mode is data
 * (`context.position`); which mode a context is in follows from that page and from whether a
 * change made from Check your answers is in progress.
 */
export const MODES = [
  'start',
  'interview.questions',
  'interview.safetyPause',
  'interview.records.question',
  'interview.records.list',
  'interview.finalQuestions',
  'checkAnswers',
  'changingAnswer',
  'results',
] as const;
export type Mode = (typeof MODES)[number];

export function modeOf(context: Pick<ScreeningContext, 'position' | 'changes'>): Mode {
  const { step } = context.position;
  if (step === 'start' || step === 'checkAnswers' || step === 'results') return step;
  if (step === 'records') return 'interview.records.list';
  if (step === 'safetyPause') return 'interview.safetyPause';
  // A question opened from Check your answers (and the follow-ups it opened) is a change in
  // progress, wherever it sits in the interview; a whole record walked again from the list is not.
  if (context.changes.at(-1)?.mode === 'followUps') return 'changingAnswer';
  if (isRecordStep(step)) return 'interview.records.question';
  if (isPreRecordStep(step)) return 'interview.questions';
  if (isAfterRecordStep(step)) return 'interview.finalQuestions';
  return 'changingAnswer';
}

/** The state value for a mode, as XState spells it (`{ interview: { records: 'list' } }`). */
export function stateValueOf(mode: Mode): string | Record<string, unknown> {
  return mode
    .split('.')
    .reduceRight<string | Record<string, unknown>>(
      (inner, key, index, parts) => (index === parts.length - 1 ? key : { [key]: inner }),
      '',
    );
}
