import { z } from 'zod';
import {
  AGE_REPLIES,
  AUDIENCES,
  COURT_REPLIES,
  LEVEL_REPLIES,
  SITUATION_REPLIES,
  STAGE_REPLIES,
  answersSchema,
  emptyAnswers,
  newRecord,
  recordAnswersSchema,
  replySchema,
  type Answers,
} from './answers';
import { EVIDENCE_KINDS, HARM_KINDS } from '@/rules/facts';
import {
  RECORD_FIELD,
  STEP_IDS,
  TOP_FIELD,
  isRecordStep,
  nextPosition,
  nextPositionWhileChanging,
  stepApplies,
  type Position,
  type StepId,
} from './flow';

/**
 * Where each event takes the person, as one pure function. The machine's guards ask it "does this
 * event lead to step X?" and its one action applies it, so the routing is testable without an actor.
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

const positionSchema = z.strictObject({ step: z.enum(STEP_IDS), record: z.number().int().min(0).max(49) });

/** The saved-file payload and the restore check: the whole context, validated. */
export const screeningContextSchema = z
  .strictObject({
    answers: answersSchema,
    position: positionSchema,
    trail: z.array(positionSchema).max(500),
    changes: z
      .array(
        z.strictObject({
          returnTo: positionSchema,
          trailLength: z.number().int().min(0),
          mode: z.enum(['followUps', 'walk']),
        }),
      )
      .max(5),
  })
  .refine((context) => !isRecordStep(context.position.step) || context.position.record < context.answers.records.length, {
    error: 'position points at a record that does not exist',
  });

export const START: Position = { step: 'start', record: 0 };

export function initialContext(answers: Answers = emptyAnswers()): ScreeningContext {
  return { answers, position: START, trail: [], changes: [] };
}

const samePosition = (a: Position, b: Position) => a.step === b.step && a.record === b.record;

/** The answer schema for each question step: a value that does not fit is kept as "skipped". */
const VALUE_SCHEMAS = {
  audience: z.enum(AUDIENCES),
  safetyCheck: replySchema,
  harmTrafficking: replySchema,
  harmPartner: replySchema,
  harmSexual: replySchema,
  situation: z.enum(SITUATION_REPLIES),
  soughtHelp: replySchema,
  recordStage: z.enum(STAGE_REPLIES),
  recordCourt: z.enum(COURT_REPLIES),
  recordOffense: recordAnswersSchema.shape.offense.unwrap(),
  recordLevel: z.enum(LEVEL_REPLIES),
  recordEnhancement: replySchema,
  recordAge: z.enum(AGE_REPLIES),
  recordDuring: replySchema,
  recordBecause: replySchema,
  recordWhichHarm: z.array(z.enum(HARM_KINDS)).max(3),
  recordSentence: replySchema,
  evidence: answersSchema.shape.evidence.unwrap(),
  immigration: replySchema,
} as const;

type QuestionStep = keyof typeof VALUE_SCHEMAS;
const isQuestionStep = (step: StepId): step is QuestionStep => step in VALUE_SCHEMAS;

const SKIPPED: { readonly [S in QuestionStep]: z.output<(typeof VALUE_SCHEMAS)[S]> } = {
  audience: 'skipped',
  safetyCheck: 'skipped',
  harmTrafficking: 'skipped',
  harmPartner: 'skipped',
  harmSexual: 'skipped',
  situation: 'skipped',
  soughtHelp: 'skipped',
  recordStage: 'skipped',
  recordCourt: 'skipped',
  recordOffense: 'skipped',
  recordLevel: 'skipped',
  recordEnhancement: 'skipped',
  recordAge: 'skipped',
  recordDuring: 'skipped',
  recordBecause: 'skipped',
  recordWhichHarm: [],
  recordSentence: 'skipped',
  evidence: { reply: 'skipped', kinds: [] },
  immigration: 'skipped',
};

/** Stores the answer to the question at `position`. No question is ever required to move on. */
export function applyAnswer(answers: Answers, position: Position, value: unknown): Answers {
  const { step } = position;
  if (!isQuestionStep(step)) return answers;
  const parsed = VALUE_SCHEMAS[step].safeParse(value);
  const answer = parsed.success ? parsed.data : SKIPPED[step];
  if (isRecordStep(step)) {
    const records = answers.records.map((record, index) => {
      if (index !== position.record) return record;
      const updated = { ...record, [RECORD_FIELD[step]]: answer };
      // Felony or misdemeanor, and the injury or gun finding, were answered for the old offense:
      // a different offense asks them again.
      if (step === 'recordOffense' && answer !== record.offense) {
        delete updated.level;
        delete updated.injuryOrGun;
      }
      return updated;
    });
    return { ...answers, records };
  }
  if (step === 'evidence') {
    const evidence = answer as NonNullable<Answers['evidence']>;
    // Documents only count when the person said they have some.
    const kinds = evidence.reply === 'documents' ? evidence.kinds.filter((k) => EVIDENCE_KINDS.includes(k)) : [];
    return { ...answers, evidence: { reply: kinds.length === 0 && evidence.reply === 'documents' ? 'skipped' : evidence.reply, kinds } };
  }
  return { ...answers, [TOP_FIELD[step as keyof typeof TOP_FIELD]]: answer };
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
  return { ...context, answers: ensureRecord(answers, next), position: next, trail: [...context.trail, context.position] };
}

function startChange(context: ScreeningContext, target: Position, mode: ChangeFrame['mode']): ScreeningContext {
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

function back(context: ScreeningContext): ScreeningContext | undefined {
  const { position } = context;
  // Backing out of a record that was just added, before answering anything, drops it, so no
  // empty record is screened or listed.
  if (isRecordStep(position.step) && isEmptyRecord(context.answers, position.record)) {
    const previous = backFrom(context);
    return previous && removeRecord(previous, position.record);
  }
  return backFrom(context);
}

function backFrom(context: ScreeningContext): ScreeningContext | undefined {
  const trail = [...context.trail];
  while (trail.length > 0) {
    const previous = trail.pop()!;
    const exists = !isRecordStep(previous.step) || previous.record < context.answers.records.length;
    if (!exists || !stepApplies(previous, context.answers)) continue;
    // Backing out of a change page returns to where the change began.
    const change = context.changes.at(-1);
    const changes = change && trail.length < change.trailLength + 1 ? context.changes.slice(0, -1) : context.changes;
    return { ...context, position: previous, trail, changes };
  }
  return undefined;
}

function removeRecord(context: ScreeningContext, index: number): ScreeningContext {
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

/** Where `event` takes the person from `context`, or undefined when it does not apply here. */
export function route(context: ScreeningContext, event: ScreeningEvent): ScreeningContext | undefined {
  const { position } = context;
  switch (event.type) {
    case 'flow.restart':
      return initialContext();
    case 'flow.start':
      return position.step === 'start' ? moveTo(context, context.answers, nextPosition(context.answers, START)) : undefined;
    case 'answer.submit': {
      if (position.step === 'results') return undefined;
      const answers = applyAnswer(context.answers, position, event.value);
      const change = context.changes.at(-1);
      const next = change
        ? nextPositionWhileChanging(answers, position, change.returnTo, change.mode)
        : nextPosition(answers, position);
      return moveTo(context, answers, next);
    }
    case 'nav.back':
      return back(context);
    case 'nav.change': {
      if (position.step !== 'checkAnswers' && position.step !== 'results') return undefined;
      const target = { step: event.step, record: event.record ?? 0 };
      const valid =
        (STEP_IDS as readonly string[]).includes(target.step) &&
        (!isRecordStep(target.step) || target.record < context.answers.records.length) &&
        stepApplies(target, context.answers);
      return valid ? startChange(context, target, 'followUps') : undefined;
    }
    case 'record.add':
      return position.step === 'records'
        ? startChange(context, { step: 'recordStage', record: context.answers.records.length }, 'walk')
        : undefined;
    case 'record.change':
      return position.step === 'records' && event.record < context.answers.records.length
        ? startChange(context, { step: 'recordStage', record: event.record }, 'walk')
        : undefined;
    case 'record.remove':
      return position.step === 'records' && event.record < context.answers.records.length
        ? removeRecord(context, event.record)
        : undefined;
  }
}
