import { z } from 'zod/mini';

import {
  type DecidingFact,
  dependsOn,
  HARM_KINDS,
  levelFixedByLaw,
  nothingProvedAt,
  offenseEntryFor,
  offenseLevel,
} from '@/rules';

import { allOf, harmReported, when } from './conditions';
import { defineQuestion, type Loose } from './question-kinds';
import {
  AGE_REPLIES,
  COURT_REPLIES,
  HOME_REPLIES,
  LEVEL_REPLIES,
  possibleHarms,
  recordNeedsItsHarm,
  replySchema,
  SENTENCE_REPLIES,
  STAGE_REPLIES,
  UNSURE_OR_RATHER_NOT,
  YES_NO,
} from './replies';

/**
 * The questions asked once per record, in order: part of the question table (questions.ts), kept
 * here with the conditions that decide when each applies.
 */

const FINISHED_CASE_STAGES: ReadonlySet<unknown> = new Set([
  'conviction',
  'juvenile_adjudication',
  'unsure',
  'prefer_not',
  'skipped',
]);
const OUT_OF_CALIFORNIA: ReadonlySet<unknown> = new Set(['other_state', 'federal']);
const offenseOf = (record: Loose) => offenseEntryFor(typeof record.offense === 'string' ? record.offense : undefined);

const finishedCase = when('finishedCase', (_person, record) => FINISHED_CASE_STAGES.has(record.stage ?? 'skipped'));
const convicted = when('convicted', (_person, record) => record.stage === 'conviction');
const notJuvenile = when('notJuvenile', (_person, record) => record.stage !== 'juvenile_adjudication');
const inCaliforniaOrUnsure = when('inCaliforniaOrUnsure', (_person, record) => !OUT_OF_CALIFORNIA.has(record.court));
const levelNotFixedByLaw = when(
  'levelNotFixedByLaw',
  (_person, record) => levelFixedByLaw(offenseOf(record)) === undefined,
);
const mayBeFelony = when('mayBeFelony', (_person, record) => {
  const level = offenseLevel(typeof record.level === 'string' ? record.level : undefined, offenseOf(record));
  return level !== 'misdemeanor' && level !== 'infraction';
});
const notOnViolentList = when('notOnViolentList', (_person, record) => offenseOf(record)?.violent !== 'yes');
const findingCouldBeProved = when(
  'findingCouldBeProved',
  (_person, record) => !nothingProvedAt(typeof record.stage === 'string' ? record.stage : undefined),
);
const harmsUnderBothLaws = when('harmsUnderBothLaws', (person) => recordNeedsItsHarm(person));

/**
 * PC 667.5(c)(19)-(21): the rules decide some offenses by one more fact (`dependsOn` in the offense
 * catalog). It only matters for a California record where a finding could have been proved and the
 * offense could be a felony, so only then is it asked.
 */
const findingDecides = (fact: DecidingFact) =>
  allOf(
    when(
      `offenseTurnsOn.${fact}`,
      (_person, record) => dependsOn(typeof record.offense === 'string' ? record.offense : undefined) === fact,
    ),
    inCaliforniaOrUnsure,
    findingCouldBeProved,
    mayBeFelony,
  );

export const RECORD_QUESTIONS = [
  defineQuestion({
    id: 'recordStage',
    phase: 'record',
    section: 'records',
    field: 'stage',
    schema: z.enum(STAGE_REPLIES),
    skipped: 'skipped',
    control: 'radios',
    options: [
      { value: 'conviction' },
      { value: 'arrest_no_charges' },
      { value: 'charges_dismissed' },
      { value: 'pending' },
      { value: 'juvenile_adjudication' },
      ...UNSURE_OR_RATHER_NOT,
    ],
  }),
  defineQuestion({
    id: 'recordCourt',
    phase: 'record',
    section: 'records',
    field: 'court',
    schema: z.enum(COURT_REPLIES),
    skipped: 'skipped',
    control: 'radios',
    options: [{ value: 'california' }, { value: 'other_state' }, { value: 'federal' }, ...UNSURE_OR_RATHER_NOT],
  }),
  defineQuestion({
    id: 'recordOffense',
    phase: 'record',
    section: 'records',
    field: 'offense',
    /** An offense code from the catalog, a code the person typed, `unsure`, or `skipped`. */
    schema: z.string().check(z.trim(), z.maxLength(40)),
    skipped: 'skipped',
    control: 'offense',
    // Felony or misdemeanor, and the findings, were answered for the old offense: a different
    // offense asks them again.
    clearsWhenChanged: ['level', 'injuryOrGun', 'homeOccupied', 'gangFinding'],
  }),
  defineQuestion({
    id: 'recordLevel',
    phase: 'record',
    section: 'records',
    field: 'level',
    schema: z.enum(LEVEL_REPLIES),
    skipped: 'skipped',
    control: 'radios',
    options: [{ value: 'felony' }, { value: 'misdemeanor' }, { value: 'infraction' }, ...UNSURE_OR_RATHER_NOT],
    // Only a wobbler (PC 17(b)) or an offense we do not know leaves the level to the person.
    applies: levelNotFixedByLaw,
  }),
  defineQuestion({
    id: 'recordEnhancement',
    phase: 'record',
    section: 'records',
    field: 'injuryOrGun',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    options: YES_NO,
    // PC 667.5(c)(8): a great-bodily-injury or firearm finding makes a California felony violent.
    // Ask only when it could change the answer: a finished California case that may be a felony
    // for an offense not already on the violent list.
    applies: allOf(inCaliforniaOrUnsure, finishedCase, notOnViolentList, mayBeFelony),
  }),
  defineQuestion({
    id: 'recordHome',
    phase: 'record',
    section: 'records',
    field: 'homeOccupied',
    schema: z.enum(HOME_REPLIES),
    skipped: 'skipped',
    control: 'radios',
    options: [{ value: 'yes' }, { value: 'no_one_inside' }, { value: 'not_a_home' }, ...UNSURE_OR_RATHER_NOT],
    // PC 667.5(c)(21): burglary of a home with someone else inside is a violent felony.
    applies: findingDecides('burglaryHomeOccupied'),
  }),
  defineQuestion({
    id: 'recordGang',
    phase: 'record',
    section: 'records',
    field: 'gangFinding',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    options: YES_NO,
    // PC 667.5(c)(19), (20): extortion or dissuading a witness for a gang (PC 186.22) is violent.
    applies: findingDecides('gangFinding'),
  }),
  defineQuestion({
    id: 'recordAge',
    phase: 'record',
    section: 'records',
    field: 'age',
    schema: z.enum(AGE_REPLIES),
    skipped: 'skipped',
    control: 'radios',
    options: [{ value: 'minor' }, { value: 'adult' }, ...UNSURE_OR_RATHER_NOT],
    applies: notJuvenile,
  }),
  defineQuestion({
    id: 'recordDuring',
    phase: 'record',
    section: 'records',
    field: 'duringHarm',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    options: YES_NO,
    applies: harmReported,
  }),
  defineQuestion({
    id: 'recordBecause',
    phase: 'record',
    section: 'records',
    field: 'becauseOfHarm',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    options: YES_NO,
    applies: harmReported,
  }),
  defineQuestion({
    id: 'recordWhichHarm',
    phase: 'record',
    section: 'records',
    field: 'linkedHarms',
    // The harms ticked, or "not sure" / "rather not say": no harm picked, so every possible harm
    // stays linked (linkedHarms left out of the facts, docs/case-format.md).
    schema: z.union([
      z.array(z.enum(HARM_KINDS)).check(z.maxLength(HARM_KINDS.length)),
      z.enum(['unsure', 'prefer_not']),
    ]),
    skipped: [],
    control: 'whichHarm',
    // The harms offered are the ones still possible (which-harm step); these two follow them.
    options: UNSURE_OR_RATHER_NOT,
    // PC 236.14 is for trafficking, PC 236.15 for partner or sexual violence: when the harms fall
    // under both, each record says which it is tied to (recordNeedsItsHarm).
    applies: harmsUnderBothLaws,
    // Ticks for harms since answered "no" do not count: the question must be asked again.
    isAnswered: (value, person) =>
      value === 'unsure' ||
      value === 'prefer_not' ||
      (Array.isArray(value) &&
        (value.length === 0 || value.some((harm) => possibleHarms(person).includes(harm as never)))),
  }),
  defineQuestion({
    id: 'recordSentenceKind',
    phase: 'record',
    section: 'records',
    field: 'sentence',
    schema: z.enum(SENTENCE_REPLIES),
    skipped: 'skipped',
    control: 'radios',
    options: [
      { value: 'probation' },
      { value: 'county_jail' },
      { value: 'state_prison' },
      { value: 'fine_only' },
      { value: 'none' },
      ...UNSURE_OR_RATHER_NOT,
    ],
    // The sentence picks the route: PC 1203.4 (probation), 1203.4a (misdemeanor, no probation),
    // 1203.41 (county jail), and the PC 1203.42 note for state prison.
    applies: allOf(convicted, inCaliforniaOrUnsure),
  }),
  defineQuestion({
    id: 'recordSentence',
    phase: 'record',
    section: 'records',
    field: 'sentenceDone',
    schema: replySchema,
    skipped: 'skipped',
    control: 'radios',
    options: YES_NO,
    // Asked whenever the record may be a finished case: "rather not say" is screened as unsure too.
    applies: finishedCase,
  }),
] as const;
