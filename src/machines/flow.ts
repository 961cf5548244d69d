import type { Answers, RecordAnswers } from './answers';
import { type AnyPage, type AnyQuestion, type Loose, type Section, SECTIONS } from './question-kinds';
import { QUESTIONS } from './questions';

/**
 * The path through the interview, as pure functions of the answers, all derived from the question
 * table. The machine routes with these, the progress indicator counts with these, and Check your
 * answers lists with these, so all three always agree on "the current path" (the pages this
 * person will actually see).
 */

type Page = (typeof QUESTIONS)[number];
export type PreRecordStep = Extract<Page, { phase: 'beforeRecords' }>['id'];
export type RecordStep = Extract<Page, { phase: 'record' }>['id'];
export type AfterRecordStep = Extract<Page, { phase: 'afterRecords' }>['id'];
export type QuestionStep = Extract<Page, { kind: 'question' }>['id'];
/** Pages that are not in the table: they frame the interview rather than ask anything. */
export type FrameStep = 'start' | 'records' | 'checkAnswers' | 'results';
export type StepId = FrameStep | Page['id'];

const idsIn = <P extends Page['phase']>(phase: P) =>
  QUESTIONS.filter((page) => page.phase === phase).map((page) => page.id) as Extract<Page, { phase: P }>['id'][];

export const PRE_RECORD_STEPS: readonly PreRecordStep[] = idsIn('beforeRecords');
export const RECORD_STEPS: readonly RecordStep[] = idsIn('record');
export const AFTER_RECORD_STEPS: readonly AfterRecordStep[] = idsIn('afterRecords');
export const POST_RECORD_STEPS: readonly StepId[] = ['records', ...AFTER_RECORD_STEPS, 'checkAnswers', 'results'];
export const STEP_IDS: readonly StepId[] = ['start', ...PRE_RECORD_STEPS, ...RECORD_STEPS, ...POST_RECORD_STEPS];

const PAGES: ReadonlyMap<string, AnyPage> = new Map(QUESTIONS.map((page) => [page.id, page as AnyPage]));

/** The table entry for a step, or undefined for the frame pages (start, records list, check, results). */
export const pageOf = (step: StepId): AnyPage | undefined => PAGES.get(step);
export const questionOf = (step: StepId): AnyQuestion | undefined => {
  const page = PAGES.get(step);
  return page?.kind === 'question' ? page : undefined;
};

export interface Position {
  readonly step: StepId;
  /** Which record a record step is about (index into answers.records). */
  readonly record: number;
}

export const isStepId = (step: unknown): step is StepId =>
  typeof step === 'string' && (STEP_IDS as readonly string[]).includes(step);
export const isRecordStep = (step: StepId): step is RecordStep => PAGES.get(step)?.phase === 'record';
export const isPreRecordStep = (step: StepId): step is PreRecordStep => PAGES.get(step)?.phase === 'beforeRecords';
export const isAfterRecordStep = (step: StepId): step is AfterRecordStep => PAGES.get(step)?.phase === 'afterRecords';

const FRAME_SECTION: Readonly<Record<FrameStep, Section | undefined>> = {
  start: undefined,
  records: 'records',
  checkAnswers: 'check',
  results: undefined,
};

/** The progress section a page belongs to (undefined for the start page and the results). */
export const sectionOf = (step: StepId): Section | undefined =>
  PAGES.get(step)?.section ?? FRAME_SECTION[step as FrameStep];

/**
 * Where the person is in the parts of the interview ("about you / what happened / your records /
 * papers / check"), for a progress indicator. The start page has every part ahead; the results
 * have every part done.
 */
export function sectionProgress(position: Position): { section: Section; state: 'done' | 'current' | 'ahead' }[] {
  const here =
    position.step === 'results'
      ? SECTIONS.length
      : position.step === 'start'
        ? -1
        : SECTIONS.indexOf(sectionOf(position.step)!);
  return SECTIONS.map((section, index) => ({
    section,
    state: index < here ? 'done' : index === here ? 'current' : 'ahead',
  }));
}

const NO_RECORD: RecordAnswers = { id: 'new' };

export function stepApplies(position: Position, answers: Answers): boolean {
  const page = PAGES.get(position.step);
  if (!page?.applies) return true;
  const record = page.phase === 'record' ? (answers.records[position.record] ?? NO_RECORD) : NO_RECORD;
  return page.applies.holds(answers, record);
}

/** The stored answer to the question at `position` (undefined when never asked or not a question). */
export function answerAt(position: Position, answers: Answers): unknown {
  const question = questionOf(position.step);
  if (!question) return undefined;
  const holder: Loose | undefined = question.phase === 'record' ? answers.records[position.record] : answers;
  return holder?.[question.field];
}

/** True once the person has given (or passed over) the answer this step asks for. */
export function isAnswered(position: Position, answers: Answers): boolean {
  const question = questionOf(position.step);
  if (!question) return true;
  if (question.phase === 'record' && !answers.records[position.record]) return false;
  const value = answerAt(position, answers);
  return question.isAnswered ? question.isAnswered(value, answers) : value !== undefined;
}

function firstUnfinishedRecord(answers: Answers): number | undefined {
  const index = answers.records.findIndex((_, record) =>
    RECORD_STEPS.some((step) => stepApplies({ step, record }, answers) && !isAnswered({ step, record }, answers)),
  );
  return index === -1 ? undefined : index;
}

/**
 * The pages still ahead of `from`, in order, on the path these answers take (not including
 * `from`). A person working on a record finishes that record, then sees the list of records.
 * `limit` stops early: Continue only needs the first one.
 */
function positionsAhead(answers: Answers, from: Position, limit = Infinity): Position[] {
  const ahead: Position[] = [];
  const take = (steps: readonly StepId[], startAt: number, record = 0) => {
    for (let i = startAt; i < steps.length && ahead.length < limit; i += 1) {
      const position = { step: steps[i]!, record };
      if (stepApplies(position, answers)) ahead.push(position);
    }
  };
  const { step } = from;
  if (step === 'start' || isPreRecordStep(step)) {
    take(PRE_RECORD_STEPS, step === 'start' ? 0 : PRE_RECORD_STEPS.indexOf(step) + 1);
    // The first record's questions follow straight on. Once there are records, the list comes next,
    // unless one was left half-answered (say, by going Back out of it): that one is finished first.
    if (ahead.length < limit) {
      const resume = answers.records.length === 0 ? 0 : firstUnfinishedRecord(answers);
      if (resume !== undefined) take(RECORD_STEPS, 0, resume);
    }
    take(POST_RECORD_STEPS, 0);
  } else if (isRecordStep(step)) {
    take(RECORD_STEPS, RECORD_STEPS.indexOf(step) + 1, from.record);
    take(POST_RECORD_STEPS, 0);
  } else {
    take(POST_RECORD_STEPS, POST_RECORD_STEPS.indexOf(step) + 1);
  }
  return ahead;
}

export const stepsAhead = (answers: Answers, from: Position): Position[] => positionsAhead(answers, from);

export function nextPosition(answers: Answers, from: Position): Position {
  return positionsAhead(answers, from, 1)[0] ?? { step: 'results', record: 0 };
}

/**
 * Every page from `from` onward in interview order, across all records (unlike `stepsAhead`,
 * which follows one person's forward path). Used to find the follow-up questions a change opened.
 */
function pagesAfter(answers: Answers, from: Position): Position[] {
  const all: Position[] = PRE_RECORD_STEPS.map((step) => ({ step, record: 0 }));
  answers.records.forEach((_, record) => RECORD_STEPS.forEach((step) => all.push({ step, record })));
  AFTER_RECORD_STEPS.forEach((step) => all.push({ step, record: 0 }));
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
  mode: 'followUps' | 'walk',
): Position {
  if (mode === 'walk') {
    const next = nextPosition(answers, from);
    return isRecordStep(next.step) && next.record === from.record ? next : returnTo;
  }
  const followUp = pagesAfter(answers, from).find((p) => {
    const page = PAGES.get(p.step)!;
    return page.kind === 'information'
      ? page.shownAgainAfterChanging?.includes(from.step) === true
      : !isAnswered(p, answers);
  });
  return followUp ?? returnTo;
}

/** Every question on the current path with its position, for Check your answers. */
export function answeredPath(answers: Answers): Position[] {
  const questions = (steps: readonly StepId[], record = 0) =>
    steps
      .filter((step) => questionOf(step) && stepApplies({ step, record }, answers))
      .map((step) => ({ step, record }));
  return [
    ...questions(PRE_RECORD_STEPS),
    ...answers.records.flatMap((_, record) => questions(RECORD_STEPS, record)),
    ...questions(AFTER_RECORD_STEPS),
  ];
}
