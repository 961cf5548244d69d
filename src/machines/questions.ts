import { z } from 'zod/mini';

import { EVIDENCE_KINDS, HARM_KINDS } from '@/rules';

import { allOf, harmReported, when } from './conditions';
import { defineInformation, defineQuestion } from './question-kinds';
import { RECORD_QUESTIONS } from './record-questions';
import {
  allHarms,
  AUDIENCES,
  type ChoiceOption,
  EVIDENCE_REPLIES,
  harmRepliesSchema,
  replySchema,
  SITUATION_REPLIES,
  UNSURE_OR_RATHER_NOT,
  YES_NO,
} from './replies';

/**
 * THE QUESTION TABLE: every page of the interview that belongs to the person's path, in the order
 * they are asked. The step ids, the answers' schema, "answered", the path, progress sections and
 * Check your answers are all derived from this table. To add a question, add one entry here and
 * its words under `steps.<id>` in every `locales/<lng>/wizard.json` (docs/architecture.md).
 *
 * `phase` says where it sits: before the records, once per record, or after the records.
 * `applies` is a pure condition over the answers (and, per record, that record's answers), named
 * so that the interview map says it in words (conditions.ts).
 */

const notLearner = when('notLearner', (person) => person.audience !== 'learner');
const notSafeNow = when('notSafeNow', (person) => person.safeNow === 'no' || person.safeNow === 'unsure');
const harmNotEnded = when('harmNotEnded', (person) => person.situation !== undefined && person.situation !== 'ended');

export const QUESTIONS = [
  defineQuestion({
    id: 'audience',
    phase: 'beforeRecords',
    section: 'aboutYou',
    field: 'audience',
    schema: z.enum(AUDIENCES),
    skipped: 'skipped',
    control: 'radios',
    options: [{ value: 'self' }, { value: 'helper' }, { value: 'learner' }],
  }),
  defineQuestion({
    id: 'safetyCheck',
    phase: 'beforeRecords',
    section: 'aboutYou',
    field: 'safeNow',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    options: [{ value: 'yes' }, { value: 'no' }, { value: 'unsure', dividerBefore: true }],
    // Someone learning the law is not in the situation; the safety check would only get in the way.
    applies: notLearner,
  }),
  defineInformation({
    id: 'safetyPause',
    phase: 'beforeRecords',
    section: 'aboutYou',
    control: 'safetyPause',
    applies: allOf(notLearner, notSafeNow),
    // A new "not safe now" always gets the pause, even when it came from Check your answers.
    shownAgainAfterChanging: ['audience', 'safetyCheck'],
  }),
  defineInformation({ id: 'contentNote', phase: 'beforeRecords', section: 'aboutYou', control: 'contentNote' }),
  defineQuestion({
    id: 'harms',
    phase: 'beforeRecords',
    section: 'whatHappened',
    field: 'harms',
    // One page for all three harms (PC 236.14 trafficking, PC 236.15 partner or sexual violence):
    // tick any, or one of "none of these", "not sure", "rather not say" (harmRepliesFor).
    schema: harmRepliesSchema,
    skipped: allHarms('skipped'),
    control: 'harms',
    options: [
      ...HARM_KINDS.map((value) => ({ value })),
      { value: 'none', dividerBefore: true },
      { value: 'unsure' },
      { value: 'prefer_not' },
    ],
  }),
  defineQuestion({
    id: 'situation',
    phase: 'beforeRecords',
    section: 'whatHappened',
    field: 'situation',
    schema: z.enum(SITUATION_REPLIES),
    skipped: 'skipped',
    control: 'radios',
    options: [{ value: 'ended' }, { value: 'ongoing' }, ...UNSURE_OR_RATHER_NOT],
    // Timing under PC 236.14(a) turns on whether the harm has ended or help was sought; it is only
    // worth asking when some harm is part of the story.
    applies: harmReported,
  }),
  defineQuestion({
    id: 'soughtHelp',
    phase: 'beforeRecords',
    section: 'whatHappened',
    field: 'soughtHelp',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    options: YES_NO,
    applies: allOf(harmReported, harmNotEnded),
  }),
  ...RECORD_QUESTIONS,
  defineQuestion({
    id: 'evidence',
    phase: 'afterRecords',
    section: 'papers',
    field: 'evidence',
    schema: z.strictObject({
      reply: z.enum(EVIDENCE_REPLIES),
      kinds: z.array(z.enum(EVIDENCE_KINDS)).check(z.maxLength(EVIDENCE_KINDS.length)),
    }),
    skipped: { reply: 'skipped', kinds: [] },
    control: 'evidence',
    // Documents only count when the person said they have some.
    normalise: ({ reply, kinds }) => {
      const documents = reply === 'documents' ? kinds : [];
      return { reply: reply === 'documents' && documents.length === 0 ? 'skipped' : reply, kinds: documents };
    },
  }),
  defineQuestion({
    id: 'immigration',
    phase: 'afterRecords',
    section: 'papers',
    field: 'noncitizen',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    // The fact is "not a citizen"; the question asks the simpler thing, "are you a citizen?".
    options: [
      { value: 'no', label: 'citizen' },
      { value: 'yes', label: 'notCitizen' },
      ...UNSURE_OR_RATHER_NOT,
    ] satisfies readonly ChoiceOption[],
  }),
] as const;
