import { MAX_RECORDS } from '@/lib/record-limit';

import { type Answers, newRecord } from './answers';
import type { ChangeFrame, ScreeningContext, ScreeningEvent } from './contract';
import { initialContext, START } from './contract';
import {
  isRecordStep,
  isStepId,
  nextPosition,
  nextPositionWhileChanging,
  type Position,
  questionOf,
  stepApplies,
} from './flow';

/**
 * Where each event takes the person, as pure functions of the context. The machine decides which
 * mode comes next from these (its guards) and applies them (its actions), so the routing is
 * testable without an actor. Each returns undefined when the event does not apply here.
 */

const samePosition = (a: Position, b: Position) => a.step === b.step && a.record === b.record;

/** Stores the answer to the question at `position`. No question is ever required to move on. */
export function applyAnswer(answers: Answers, position: Position, value: unknown): Answers {
  const question = questionOf(position.step);
  if (!question) return answers;
  const parsed = question.schema.safeParse(value);
  const answer: unknown = parsed.success ? (question.normalise?.(parsed.data) ?? parsed.data) : question.skipped;
  if (question.phase !== 'record') return { ...answers, [question.field]: answer };
  const record = answers.records[position.record];
  if (!record) return answers;
  const updated: Record<string, unknown> = { ...record, [question.field]: answer };
  if (answer !== (record as Record<string, unknown>)[question.field]) {
    question.clearsWhenChanged?.forEach((field) => delete updated[field]);
  }
  const records = answers.records.slice();
  records[position.record] = updated as typeof record;
  return { ...answers, records };
}

function ensureRecord(answers: Answers, position: Position): Answers {
  if (!isRecordStep(position.step) || position.record < answers.records.length) return answers;
  return { ...answers, records: [...answers.records, newRecord(answers.records)] };
}

function moveTo(context: ScreeningContext, answers: Answers, next: Position): ScreeningContext {
  const change = context.changes.at(-1);
  if (change && samePosition(next, change.returnTo)) {
    return {
      answers,
      position: next,
      trail: context.trail.slice(0, change.trailLength),
      changes: context.changes.slice(0, -1),
    };
  }
  return {
    ...context,
    answers: ensureRecord(answers, next),
    position: next,
    trail: [...context.trail, context.position],
  };
}

function openChange(context: ScreeningContext, target: Position, mode: ChangeFrame['mode']): ScreeningContext {
  return {
    answers: ensureRecord(context.answers, target),
    position: target,
    trail: [...context.trail, context.position],
    changes: [...context.changes, { returnTo: context.position, trailLength: context.trail.length, mode }],
  };
}

/** A record with nothing answered yet (just added). */
const isEmptyRecord = (answers: Answers, index: number) =>
  Object.keys(answers.records[index] ?? { id: '' }).every((key) => key === 'id');

function backAlongTrail(context: ScreeningContext): ScreeningContext | undefined {
  const { trail, answers } = context;
  for (let at = trail.length - 1; at >= 0; at -= 1) {
    const previous = trail[at]!;
    const exists = !isRecordStep(previous.step) || previous.record < answers.records.length;
    if (!exists || !stepApplies(previous, answers)) continue;
    // Backing out of a change page returns to where the change began.
    const change = context.changes.at(-1);
    const changes = change && at < change.trailLength + 1 ? context.changes.slice(0, -1) : context.changes;
    return { ...context, position: previous, trail: trail.slice(0, at), changes };
  }
  return undefined;
}

function withoutRecord(context: ScreeningContext, index: number): ScreeningContext {
  const shift = (position: Position): Position | undefined => {
    if (!isRecordStep(position.step) || position.record < index) return position;
    if (position.record === index) return undefined;
    return { ...position, record: position.record - 1 };
  };
  return {
    ...context,
    answers: { ...context.answers, records: context.answers.records.filter((_, i) => i !== index) },
    trail: context.trail.map(shift).filter((p): p is Position => p !== undefined),
  };
}

export const beginInterview = (context: ScreeningContext): ScreeningContext | undefined =>
  context.position.step === 'start'
    ? moveTo(context, context.answers, nextPosition(context.answers, START))
    : undefined;

/** Where Continue leads from here with this answer (the answers it stores, the page after). */
export function planSubmit(
  context: ScreeningContext,
  value: unknown,
): { answers: Answers; next: Position } | undefined {
  const { position } = context;
  if (position.step === 'results') return undefined;
  // Results are per record: there is nothing to screen without one (its answers may all be "not sure").
  if ((position.step === 'records' || position.step === 'checkAnswers') && context.answers.records.length === 0)
    return undefined;
  const answers = applyAnswer(context.answers, position, value);
  const change = context.changes.at(-1);
  const next = change
    ? nextPositionWhileChanging(answers, position, change.returnTo, change.mode)
    : nextPosition(answers, position);
  if (next.step === 'results' && answers.records.length === 0) return undefined;
  return { answers, next };
}

/** The page and change stack after moving to `next`, without building the whole context. */
export function arrivalAt(context: ScreeningContext, next: Position): Pick<ScreeningContext, 'position' | 'changes'> {
  const change = context.changes.at(-1);
  return {
    position: next,
    changes: change && samePosition(next, change.returnTo) ? context.changes.slice(0, -1) : context.changes,
  };
}

export function submitAnswer(context: ScreeningContext, value: unknown): ScreeningContext | undefined {
  const plan = planSubmit(context, value);
  return plan && moveTo(context, plan.answers, plan.next);
}

export function goBack(context: ScreeningContext): ScreeningContext | undefined {
  const { position } = context;
  // Backing out of a record that was just added, before answering anything, drops it, so no
  // empty record is screened or listed.
  const previous =
    isRecordStep(position.step) && isEmptyRecord(context.answers, position.record)
      ? (() => {
          const back = backAlongTrail(context);
          return back && withoutRecord(back, position.record);
        })()
      : backAlongTrail(context);
  // No results without a record: with every record removed, the list stays until one is added.
  if (previous?.position.step === 'results' && previous.answers.records.length === 0) return undefined;
  return previous;
}

export function changeAnswer(context: ScreeningContext, step: unknown, record = 0): ScreeningContext | undefined {
  const { position, answers } = context;
  if (position.step !== 'checkAnswers' && position.step !== 'results') return undefined;
  if (!isStepId(step)) return undefined;
  const target = { step, record };
  const valid = (!isRecordStep(step) || record < answers.records.length) && stepApplies(target, answers);
  return valid ? openChange(context, target, 'followUps') : undefined;
}

/** There is room for one more record (the same limit a saved file is opened with). */
export const hasRoomForAnotherRecord = (context: ScreeningContext) => context.answers.records.length < MAX_RECORDS;

export const addRecord = (context: ScreeningContext): ScreeningContext | undefined =>
  context.position.step === 'records' && hasRoomForAnotherRecord(context)
    ? openChange(context, { step: 'recordStage', record: context.answers.records.length }, 'walk')
    : undefined;

export const reopenRecord = (context: ScreeningContext, record: number): ScreeningContext | undefined =>
  context.position.step === 'records' && record >= 0 && record < context.answers.records.length
    ? openChange(context, { step: 'recordStage', record }, 'walk')
    : undefined;

export const removeRecord = (context: ScreeningContext, record: number): ScreeningContext | undefined =>
  context.position.step === 'records' && record >= 0 && record < context.answers.records.length
    ? withoutRecord(context, record)
    : undefined;

/** Where `event` takes the person from `context`, or undefined when it does not apply here. */
export function route(context: ScreeningContext, event: ScreeningEvent): ScreeningContext | undefined {
  switch (event.type) {
    case 'flow.restart':
      return initialContext();
    case 'flow.start':
      return beginInterview(context);
    case 'answer.submit':
      return submitAnswer(context, event.value);
    case 'nav.back':
      return goBack(context);
    case 'nav.change':
      return changeAnswer(context, event.step, event.record);
    case 'record.add':
      return addRecord(context);
    case 'record.change':
      return reopenRecord(context, event.record);
    case 'record.remove':
      return removeRecord(context, event.record);
  }
}
