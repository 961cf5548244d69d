import { findOffense } from '@/rules/offenses/lookup';
import type { OffenseEntry } from '@/rules/offenses/types';
import { possibleHarms, type Answers, type RecordAnswers } from './answers';

/**
 * The order of the interview, as pure functions of the answers. The machine routes with these, the
 * progress indicator counts with these, and Check your answers lists with these, so all three always
 * agree on "the current path" (the steps this person will actually see).
 */

export const PRE_RECORD_STEPS = [
  'audience',
  'safetyCheck',
  'safetyPause',
  'contentNote',
  'harmTrafficking',
  'harmPartner',
  'harmSexual',
  'situation',
  'soughtHelp',
] as const;

export const RECORD_STEPS = [
  'recordStage',
  'recordCourt',
  'recordOffense',
  'recordLevel',
  'recordEnhancement',
  'recordAge',
  'recordDuring',
  'recordBecause',
  'recordWhichHarm',
  'recordSentence',
] as const;

export const POST_RECORD_STEPS = ['records', 'evidence', 'immigration', 'checkAnswers', 'results'] as const;

export const STEP_IDS = ['start', ...PRE_RECORD_STEPS, ...RECORD_STEPS, ...POST_RECORD_STEPS] as const;

export type PreRecordStep = (typeof PRE_RECORD_STEPS)[number];
export type RecordStep = (typeof RECORD_STEPS)[number];
export type StepId = (typeof STEP_IDS)[number];

export interface Position {
  readonly step: StepId;
  /** Which record a record step is about (index into answers.records). */
  readonly record: number;
}

export const isRecordStep = (step: StepId): step is RecordStep => (RECORD_STEPS as readonly string[]).includes(step);
export const isPreRecordStep = (step: StepId): step is PreRecordStep =>
  (PRE_RECORD_STEPS as readonly string[]).includes(step);

/** Steps that only explain or confirm; they hold no answer of their own. */
const NO_ANSWER_STEPS: ReadonlySet<StepId> = new Set(['start', 'safetyPause', 'contentNote', 'records', 'checkAnswers', 'results']);

export function offenseEntry(record: RecordAnswers | undefined): OffenseEntry | undefined {
  const code = record?.offense;
  if (!code || code === 'unsure' || code === 'skipped') return undefined;
  return findOffense(code);
}

/** The level the law fixes for the offense, or undefined when the person must tell us (wobbler/unknown). */
export function fixedLevel(entry: OffenseEntry | undefined): 'infraction' | 'misdemeanor' | 'felony' | undefined {
  return entry && entry.level !== 'wobbler' ? entry.level : undefined;
}

const FINISHED_CASE_STAGES = new Set(['conviction', 'juvenile_adjudication', 'unsure', 'prefer_not', 'skipped']);
const OUT_OF_CALIFORNIA = new Set(['other_state', 'federal']);

export function preRecordStepApplies(step: PreRecordStep, answers: Answers): boolean {
  switch (step) {
    case 'audience':
    case 'contentNote':
    case 'harmTrafficking':
    case 'harmPartner':
    case 'harmSexual':
      return true;
    // Someone learning the law is not in the situation; the safety check would only get in the way.
    case 'safetyCheck':
      return answers.audience !== 'learner';
    case 'safetyPause':
      return answers.audience !== 'learner' && (answers.safeNow === 'no' || answers.safeNow === 'unsure');
    // Timing under PC 236.14(a) turns on whether the harm has ended or help was sought; it is only
    // worth asking when some harm is part of the story.
    case 'situation':
      return possibleHarms(answers).length > 0;
    case 'soughtHelp':
      return (
        possibleHarms(answers).length > 0 &&
        answers.situation !== undefined &&
        answers.situation !== 'ended'
      );
  }
}

export function recordStepApplies(step: RecordStep, answers: Answers, index: number): boolean {
  const record = answers.records[index] ?? { id: 'new' };
  const entry = offenseEntry(record);
  const harms = possibleHarms(answers);
  switch (step) {
    case 'recordStage':
    case 'recordCourt':
    case 'recordOffense':
      return true;
    case 'recordLevel':
      return fixedLevel(entry) === undefined;
    case 'recordEnhancement': {
      // PC 667.5(c)(8): a great-bodily-injury or firearm finding makes a California felony violent.
      // Ask only when it could change the answer: a finished California case that may be a felony
      // for an offense not already on the violent list.
      if (OUT_OF_CALIFORNIA.has(record.court ?? '')) return false;
      if (!FINISHED_CASE_STAGES.has(record.stage ?? 'skipped')) return false;
      if (entry?.violent === 'yes') return false;
      const level = fixedLevel(entry) ?? record.level;
      return level !== 'misdemeanor' && level !== 'infraction';
    }
    case 'recordAge':
      return record.stage !== 'juvenile_adjudication';
    case 'recordDuring':
    case 'recordBecause':
      return harms.length > 0;
    case 'recordWhichHarm':
      return harms.length > 1;
    // Asked whenever the record may be a finished case: "rather not say" is screened as unsure too.
    case 'recordSentence':
      return FINISHED_CASE_STAGES.has(record.stage ?? 'skipped');
  }
}

export function stepApplies(position: Position, answers: Answers): boolean {
  const { step } = position;
  if (isPreRecordStep(step)) return preRecordStepApplies(step, answers);
  if (isRecordStep(step)) return recordStepApplies(step, answers, position.record);
  return true;
}

/**
 * The steps still ahead of `from`, in order, on the path these answers take (not including `from`).
 * A person working on a record finishes that record, then sees the list of records.
 */
export function stepsAhead(answers: Answers, from: Position): Position[] {
  const ahead: Position[] = [];
  const push = (step: StepId, record = 0) => {
    const position = { step, record };
    if (stepApplies(position, answers)) ahead.push(position);
  };
  const { step } = from;
  if (step === 'start' || isPreRecordStep(step)) {
    const startAt = step === 'start' ? 0 : PRE_RECORD_STEPS.indexOf(step) + 1;
    PRE_RECORD_STEPS.slice(startAt).forEach((s) => push(s));
    // The first record's questions follow straight on. Once there are records, the list comes next,
    // unless one was left half-answered (say, by going Back out of it): that one is finished first.
    const resume = answers.records.length === 0 ? 0 : firstUnfinishedRecord(answers);
    if (resume !== undefined) RECORD_STEPS.forEach((s) => push(s, resume));
    POST_RECORD_STEPS.forEach((s) => push(s));
    return ahead;
  }
  if (isRecordStep(step)) {
    RECORD_STEPS.slice(RECORD_STEPS.indexOf(step) + 1).forEach((s) => push(s, from.record));
    POST_RECORD_STEPS.forEach((s) => push(s));
    return ahead;
  }
  POST_RECORD_STEPS.slice(POST_RECORD_STEPS.indexOf(step) + 1).forEach((s) => push(s));
  return ahead;
}

function firstUnfinishedRecord(answers: Answers): number | undefined {
  const index = answers.records.findIndex((_, record) =>
    RECORD_STEPS.some((step) => recordStepApplies(step, answers, record) && !isAnswered({ step, record }, answers)),
  );
  return index === -1 ? undefined : index;
}

export function nextPosition(answers: Answers, from: Position): Position {
  return stepsAhead(answers, from)[0] ?? { step: 'results', record: 0 };
}

/** True once the person has given (or passed over) the answer this step asks for. */
export function isAnswered(position: Position, answers: Answers): boolean {
  const { step } = position;
  if (NO_ANSWER_STEPS.has(step)) return true;
  if (isRecordStep(step)) {
    const record = answers.records[position.record];
    if (!record) return false;
    if (step === 'recordWhichHarm') {
      // Ticks for harms since answered "no" do not count: the question must be asked again.
      const linked = record.linkedHarms;
      return linked !== undefined && (linked.length === 0 || linked.some((h) => possibleHarms(answers).includes(h)));
    }
    const field = RECORD_FIELD[step];
    return record[field] !== undefined;
  }
  const field = TOP_FIELD[step as keyof typeof TOP_FIELD];
  return answers[field] !== undefined;
}

export const RECORD_FIELD = {
  recordStage: 'stage',
  recordCourt: 'court',
  recordOffense: 'offense',
  recordLevel: 'level',
  recordEnhancement: 'injuryOrGun',
  recordAge: 'age',
  recordDuring: 'duringHarm',
  recordBecause: 'becauseOfHarm',
  recordWhichHarm: 'linkedHarms',
  recordSentence: 'sentenceDone',
} as const satisfies Record<RecordStep, keyof RecordAnswers>;

export const TOP_FIELD = {
  audience: 'audience',
  safetyCheck: 'safeNow',
  harmTrafficking: 'harmTrafficking',
  harmPartner: 'harmPartner',
  harmSexual: 'harmSexual',
  situation: 'situation',
  soughtHelp: 'soughtHelp',
  evidence: 'evidence',
  immigration: 'noncitizen',
} as const satisfies Partial<Record<StepId, keyof Answers>>;

/**
 * Every question position from `from` onward in interview order, across all records (unlike
 * `stepsAhead`, which follows one person's forward path). Used to find follow-up questions.
 */
function questionsAfter(answers: Answers, from: Position): Position[] {
  const all: Position[] = [];
  PRE_RECORD_STEPS.forEach((step) => all.push({ step, record: 0 }));
  answers.records.forEach((_, record) => RECORD_STEPS.forEach((step) => all.push({ step, record })));
  all.push({ step: 'evidence', record: 0 }, { step: 'immigration', record: 0 });
  const at = all.findIndex((p) => p.step === from.step && p.record === from.record);
  return all.slice(at + 1).filter((p) => stepApplies(p, answers));
}

/**
 * After a change made from Check your answers, ask any new question the change opened up (say,
 * "is it still happening?" after a new "yes"), then go straight back: the GOV.UK check-answers
 * pattern. In `walk` mode (changing a whole record from the list) every question of that record is
 * shown again, pre-filled, before going back.
 */
export function nextPositionWhileChanging(
  answers: Answers,
  from: Position,
  returnTo: Position,
  mode: 'followUps' | 'walk' = 'followUps',
): Position {
  if (mode === 'walk') {
    const next = nextPosition(answers, from);
    return isRecordStep(next.step) && next.record === from.record ? next : returnTo;
  }
  // A new "not safe now" always gets the safety pause, even though the pause holds no answer.
  if ((from.step === 'safetyCheck' || from.step === 'audience') && preRecordStepApplies('safetyPause', answers)) {
    const safetyCheckUnanswered = from.step === 'audience' && !isAnswered({ step: 'safetyCheck', record: 0 }, answers);
    if (!safetyCheckUnanswered) return { step: 'safetyPause', record: 0 };
  }
  return questionsAfter(answers, from).find((p) => !isAnswered(p, answers)) ?? returnTo;
}

/** Every question on the current path with its position, for Check your answers. */
export function answeredPath(answers: Answers): Position[] {
  const path: Position[] = [];
  PRE_RECORD_STEPS.forEach((step) => {
    if (!NO_ANSWER_STEPS.has(step) && preRecordStepApplies(step, answers)) path.push({ step, record: 0 });
  });
  answers.records.forEach((_, record) => {
    RECORD_STEPS.forEach((step) => {
      if (recordStepApplies(step, answers, record)) path.push({ step, record });
    });
  });
  path.push({ step: 'evidence', record: 0 }, { step: 'immigration', record: 0 });
  return path;
}
