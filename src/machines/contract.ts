import { type Answers, emptyAnswers } from './answers';
import type { Position, StepId } from './flow';

/**
 * The screening machine's contract with the rest of the app: what it remembers (context) and what
 * it can be told (events). The page within the interview is data here; the modes are the
 * machine's states (screening-machine.ts).
 */

/** A change in progress: where to return, and how much of the Back trail to restore then. */
export interface ChangeFrame {
  readonly returnTo: Position;
  readonly trailLength: number;
  /** `followUps`: only new questions the change opened; `walk`: every question of the record. */
  readonly mode: 'followUps' | 'walk';
}

export interface ScreeningContext {
  readonly answers: Answers;
  readonly position: Position;
  /** Positions to go Back to, most recent last. */
  readonly trail: readonly Position[];
  /** Nested changes: from Check your answers, then perhaps from the list of records. */
  readonly changes: readonly ChangeFrame[];
}

export type ScreeningEvent =
  | { readonly type: 'flow.start' }
  | { readonly type: 'answer.submit'; readonly value?: unknown }
  | { readonly type: 'nav.back' }
  | { readonly type: 'nav.change'; readonly step: StepId; readonly record?: number }
  | { readonly type: 'record.add' }
  | { readonly type: 'record.change'; readonly record: number }
  | { readonly type: 'record.remove'; readonly record: number }
  | { readonly type: 'flow.restart' };

export type ScreeningEventType = ScreeningEvent['type'];

export const START: Position = { step: 'start', record: 0 };

export function initialContext(answers: Answers = emptyAnswers()): ScreeningContext {
  return { answers, position: START, trail: [], changes: [] };
}
