import { assign, setup, type SnapshotFrom } from 'xstate';

import type { ScreeningContext, ScreeningEvent } from './contract';
import { initialContext } from './contract';
import { type Mode, modeOf, stateValueOf } from './modes';
import {
  addRecord,
  arrivalAt,
  beginInterview,
  changeAnswer,
  goBack,
  hasRoomForAnotherRecord,
  planSubmit,
  removeRecord,
  reopenRecord,
  submitAnswer,
} from './navigation';

/**
 * The interview as a statechart. The states are the modes a person can be in (the start page,
 * the questions about them, the safety pause, the record loop, the closing questions, Check your
 * answers, changing an answer, the results). Which page of a mode is showing is data in context
 * (`position`), computed by the pure functions in navigation.ts from the question table.
 *
 * Each event in each mode lists only the few modes it can lead to, each behind a named guard that
 * says why ("isLastQuestionOfRecord", "changeOpenedFollowUps"). Every guard asks the same pure
 * function the action then applies, so the guard and the move can never disagree.
 */

type Op = (context: ScreeningContext, event: ScreeningEvent) => ScreeningContext | undefined;

const submit: Op = (context, event) =>
  event.type === 'answer.submit' ? submitAnswer(context, event.value) : undefined;
const back: Op = (context) => goBack(context);
const change: Op = (context, event) =>
  event.type === 'nav.change' ? changeAnswer(context, event.step, event.record) : undefined;

/** A guard: Continue, with this answer, leads into `mode` (planned without building the new context). */
const continuesTo =
  (mode: Mode) =>
  ({ context, event }: { context: ScreeningContext; event: ScreeningEvent }) => {
    const plan = event.type === 'answer.submit' ? planSubmit(context, event.value) : undefined;
    return plan !== undefined && modeOf(arrivalAt(context, plan.next)) === mode;
  };

/** A guard: this event, applied here, leads into `mode`. */
const leadsTo =
  (op: Op, mode: Mode) =>
  ({ context, event }: { context: ScreeningContext; event: ScreeningEvent }) => {
    const next = op(context, event);
    return next !== undefined && modeOf(next) === mode;
  };

/** An action: apply the same pure move the guard checked. */
const apply =
  (op: Op) =>
  ({ context, event }: { context: ScreeningContext; event: ScreeningEvent }) =>
    op(context, event) ?? context;

export const screeningMachine = setup({
  types: { context: {} as ScreeningContext, events: {} as ScreeningEvent },
  guards: {
    // Continue
    asksNextQuestionAboutThePerson: continuesTo('interview.questions'),
    opensSafetyPause: continuesTo('interview.safetyPause'),
    leadsIntoARecord: continuesTo('interview.records.question'),
    recordHasMoreQuestions: continuesTo('interview.records.question'),
    isLastQuestionOfRecord: continuesTo('interview.records.list'),
    recordsAreAlreadyListed: continuesTo('interview.records.list'),
    asksClosingQuestions: continuesTo('interview.finalQuestions'),
    isReadyToCheckAnswers: continuesTo('checkAnswers'),
    changeOpenedFollowUps: continuesTo('changingAnswer'),
    changeIsComplete: continuesTo('checkAnswers'),
    changeReturnsToResults: continuesTo('results'),
    // The law screens records: there are no results without at least one.
    hasARecordToScreen: continuesTo('results'),
    // Back
    backLeavesTheInterview: leadsTo(back, 'start'),
    backToQuestionsAboutThePerson: leadsTo(back, 'interview.questions'),
    backToSafetyPause: leadsTo(back, 'interview.safetyPause'),
    backToARecordQuestion: leadsTo(back, 'interview.records.question'),
    backToRecordsList: leadsTo(back, 'interview.records.list'),
    backToClosingQuestions: leadsTo(back, 'interview.finalQuestions'),
    backToCheckAnswers: leadsTo(back, 'checkAnswers'),
    backToChangedAnswer: leadsTo(back, 'changingAnswer'),
    backToResults: leadsTo(back, 'results'),
    // Change links
    changesOneAnswer: leadsTo(change, 'changingAnswer'),
    changesTheListOfRecords: leadsTo(change, 'interview.records.list'),
    // The list of records
    hasRoomForAnotherRecord: ({ context }) => hasRoomForAnotherRecord(context),
    recordExists: ({ context, event }) =>
      'record' in event &&
      typeof event.record === 'number' &&
      event.record >= 0 &&
      event.record < context.answers.records.length,
  },
  actions: {
    beginInterview: assign(apply((context) => beginInterview(context))),
    storeAnswerAndMoveOn: assign(apply(submit)),
    goBack: assign(apply(back)),
    openChange: assign(apply(change)),
    addRecord: assign(apply((context) => addRecord(context))),
    reopenRecord: assign(
      apply((context, event) => (event.type === 'record.change' ? reopenRecord(context, event.record) : undefined)),
    ),
    removeRecord: assign(
      apply((context, event) => (event.type === 'record.remove' ? removeRecord(context, event.record) : undefined)),
    ),
    forgetEverything: assign(() => initialContext()),
  },
}).createMachine({
  id: 'screening',
  context: () => initialContext(),
  initial: 'start',
  // "Start again" and every wipe: one edge, from anywhere, to a fresh start page.
  on: { 'flow.restart': { target: '#screening.start', actions: 'forgetEverything' } },
  states: {
    start: {
      on: { 'flow.start': { target: '#screening.interview.questions', actions: 'beginInterview' } },
    },
    interview: {
      initial: 'questions',
      states: {
        /** About the person and what happened to them: who is asking, harms, timing. */
        questions: {
          on: {
            'answer.submit': [
              { guard: 'asksNextQuestionAboutThePerson', actions: 'storeAnswerAndMoveOn' },
              { guard: 'opensSafetyPause', target: 'safetyPause', actions: 'storeAnswerAndMoveOn' },
              { guard: 'leadsIntoARecord', target: 'records.question', actions: 'storeAnswerAndMoveOn' },
              { guard: 'recordsAreAlreadyListed', target: 'records.list', actions: 'storeAnswerAndMoveOn' },
            ],
            'nav.back': [
              { guard: 'backToQuestionsAboutThePerson', actions: 'goBack' },
              { guard: 'backToSafetyPause', target: 'safetyPause', actions: 'goBack' },
              { guard: 'backLeavesTheInterview', target: '#screening.start', actions: 'goBack' },
            ],
          },
        },
        /** Not safe to answer now: help first, and the choice to go on or leave. */
        safetyPause: {
          on: {
            'answer.submit': [
              { guard: 'asksNextQuestionAboutThePerson', target: 'questions', actions: 'storeAnswerAndMoveOn' },
              { guard: 'changeOpenedFollowUps', target: '#screening.changingAnswer', actions: 'storeAnswerAndMoveOn' },
              { guard: 'changeIsComplete', target: '#screening.checkAnswers', actions: 'storeAnswerAndMoveOn' },
              { guard: 'changeReturnsToResults', target: '#screening.results', actions: 'storeAnswerAndMoveOn' },
            ],
            'nav.back': [
              { guard: 'backToQuestionsAboutThePerson', target: 'questions', actions: 'goBack' },
              { guard: 'backToChangedAnswer', target: '#screening.changingAnswer', actions: 'goBack' },
            ],
          },
        },
        /** The record loop: one record's questions, then the list, until the list is complete. */
        records: {
          initial: 'question',
          states: {
            question: {
              on: {
                'answer.submit': [
                  { guard: 'recordHasMoreQuestions', actions: 'storeAnswerAndMoveOn' },
                  { guard: 'isLastQuestionOfRecord', target: 'list', actions: 'storeAnswerAndMoveOn' },
                ],
                'nav.back': [
                  { guard: 'backToARecordQuestion', actions: 'goBack' },
                  { guard: 'backToRecordsList', target: 'list', actions: 'goBack' },
                  {
                    guard: 'backToQuestionsAboutThePerson',
                    target: '#screening.interview.questions',
                    actions: 'goBack',
                  },
                ],
              },
            },
            list: {
              on: {
                'record.add': { guard: 'hasRoomForAnotherRecord', target: 'question', actions: 'addRecord' },
                'record.change': { guard: 'recordExists', target: 'question', actions: 'reopenRecord' },
                'record.remove': { guard: 'recordExists', actions: 'removeRecord' },
                'answer.submit': [
                  {
                    guard: 'asksClosingQuestions',
                    target: '#screening.interview.finalQuestions',
                    actions: 'storeAnswerAndMoveOn',
                  },
                  { guard: 'changeIsComplete', target: '#screening.checkAnswers', actions: 'storeAnswerAndMoveOn' },
                  {
                    guard: 'changeOpenedFollowUps',
                    target: '#screening.changingAnswer',
                    actions: 'storeAnswerAndMoveOn',
                  },
                  { guard: 'changeReturnsToResults', target: '#screening.results', actions: 'storeAnswerAndMoveOn' },
                ],
                'nav.back': [
                  { guard: 'backToARecordQuestion', target: 'question', actions: 'goBack' },
                  {
                    guard: 'backToQuestionsAboutThePerson',
                    target: '#screening.interview.questions',
                    actions: 'goBack',
                  },
                  { guard: 'backToCheckAnswers', target: '#screening.checkAnswers', actions: 'goBack' },
                  { guard: 'backToResults', target: '#screening.results', actions: 'goBack' },
                ],
              },
            },
          },
        },
        /** After the records: papers that may help, and immigration status. */
        finalQuestions: {
          on: {
            'answer.submit': [
              { guard: 'asksClosingQuestions', actions: 'storeAnswerAndMoveOn' },
              { guard: 'isReadyToCheckAnswers', target: '#screening.checkAnswers', actions: 'storeAnswerAndMoveOn' },
            ],
            'nav.back': [
              { guard: 'backToClosingQuestions', actions: 'goBack' },
              { guard: 'backToRecordsList', target: 'records.list', actions: 'goBack' },
            ],
          },
        },
      },
    },
    checkAnswers: {
      on: {
        'answer.submit': { guard: 'hasARecordToScreen', target: 'results', actions: 'storeAnswerAndMoveOn' },
        'nav.change': [
          { guard: 'changesOneAnswer', target: 'changingAnswer', actions: 'openChange' },
          { guard: 'changesTheListOfRecords', target: '#screening.interview.records.list', actions: 'openChange' },
        ],
        'nav.back': [
          { guard: 'backToClosingQuestions', target: '#screening.interview.finalQuestions', actions: 'goBack' },
          { guard: 'backToCheckAnswers', actions: 'goBack' },
          { guard: 'backToRecordsList', target: '#screening.interview.records.list', actions: 'goBack' },
          { guard: 'backToARecordQuestion', target: '#screening.interview.records.question', actions: 'goBack' },
        ],
      },
    },
    /** A question opened from Check your answers, then any follow-up questions the change opened. */
    changingAnswer: {
      on: {
        'answer.submit': [
          { guard: 'changeOpenedFollowUps', actions: 'storeAnswerAndMoveOn' },
          { guard: 'changeIsComplete', target: 'checkAnswers', actions: 'storeAnswerAndMoveOn' },
          { guard: 'opensSafetyPause', target: '#screening.interview.safetyPause', actions: 'storeAnswerAndMoveOn' },
          { guard: 'changeReturnsToResults', target: 'results', actions: 'storeAnswerAndMoveOn' },
        ],
        'nav.back': [
          { guard: 'backToChangedAnswer', actions: 'goBack' },
          { guard: 'backToCheckAnswers', target: 'checkAnswers', actions: 'goBack' },
          { guard: 'backToRecordsList', target: '#screening.interview.records.list', actions: 'goBack' },
          { guard: 'backToARecordQuestion', target: '#screening.interview.records.question', actions: 'goBack' },
          { guard: 'backToSafetyPause', target: '#screening.interview.safetyPause', actions: 'goBack' },
          { guard: 'backToResults', target: 'results', actions: 'goBack' },
        ],
      },
    },
    /** The per-record summary. Not final: the person can still go Back or change an answer. */
    results: {
      on: {
        'nav.change': [
          { guard: 'changesOneAnswer', target: 'changingAnswer', actions: 'openChange' },
          { guard: 'changesTheListOfRecords', target: '#screening.interview.records.list', actions: 'openChange' },
        ],
        'nav.back': [
          { guard: 'backToCheckAnswers', target: 'checkAnswers', actions: 'goBack' },
          { guard: 'backToResults', actions: 'goBack' },
          { guard: 'backToARecordQuestion', target: '#screening.interview.records.question', actions: 'goBack' },
          { guard: 'backToRecordsList', target: '#screening.interview.records.list', actions: 'goBack' },
        ],
      },
    },
  },
});

export type ScreeningSnapshot = SnapshotFrom<typeof screeningMachine>;

/** A snapshot that resumes exactly where a saved context left off (restore from a saved file). */
export function snapshotFromContext(context: ScreeningContext): ScreeningSnapshot {
  return screeningMachine.resolveState({ value: stateValueOf(modeOf(context)) as never, context });
}

/** The page showing in a snapshot. */
export const stepOf = (snapshot: ScreeningSnapshot) => snapshot.context.position.step;
