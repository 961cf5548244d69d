import {
  type Answer,
  type FactsInput,
  normaliseOffenseCode,
  OFFENSE_CODE_PATTERN,
  offenseEntryFor,
  offenseLevel,
  type RecordFactsInput,
  type Sentence,
  type Situation,
} from '@/rules';

import type { Answers, RecordAnswers } from './answers';
import { type RecordStep, stepApplies } from './flow';
import { possibleHarms, type Reply } from './replies';

/**
 * Turns the wizard's answers into facts in exactly the vocabulary of docs/case-format.md, so the
 * same `screen()` that the lawyers' case files test is the one that produces the person's results.
 * Answers to questions that are no longer on the person's path (say, after a change) are ignored.
 */

/** "I'd rather not say" and "not answered" both mean the engine must not assume anything. */
export function toAnswer(reply: Reply | undefined): Answer {
  if (reply === 'yes' || reply === 'no' || reply === 'unsure') return reply;
  return 'skipped';
}

/** Both ways of saying "no" (no one else inside, not a home) mean the burglary was not (c)(21). */
export function toHomeOccupied(reply: RecordAnswers['homeOccupied']): Answer {
  if (reply === 'no_one_inside' || reply === 'not_a_home') return 'no';
  return reply === 'yes' || reply === 'unsure' ? reply : 'skipped';
}

export function toSentence(reply: RecordAnswers['sentence']): Sentence {
  return reply === undefined || reply === 'prefer_not' ? 'skipped' : reply;
}

export function toSituation(answers: Answers): Situation {
  // Answers to questions no longer on the path (say, every harm changed to "no") do not count.
  const situation = stepApplies({ step: 'situation', record: 0 }, answers) ? answers.situation : undefined;
  const soughtHelp = stepApplies({ step: 'soughtHelp', record: 0 }, answers) ? answers.soughtHelp : undefined;
  if (situation === 'ended') return 'ended';
  // PC 236.14(a): relief is open "at any time after the petitioner has sought services", so having
  // sought help counts whatever the person said (or chose not to say) about the harm ending.
  if (situation !== undefined && soughtHelp === 'yes') return 'ongoing_sought_help';
  if (situation === 'ongoing' && soughtHelp === 'no') return 'ongoing_no_help';
  // Still going on, and "not sure" or "rather not say" about help: we know it has not ended.
  if (situation === 'ongoing') return 'ongoing_help_unknown';
  if (situation === 'unsure') return 'unsure';
  return 'skipped';
}

function recordToFacts(record: RecordAnswers, index: number, answers: Answers): RecordFactsInput {
  const asked = (step: RecordStep) => stepApplies({ step, record: index }, answers);
  const typed =
    record.offense && record.offense !== 'skipped' && record.offense !== 'unsure'
      ? normaliseOffenseCode(record.offense)
      : 'unsure';
  const stage = record.stage && record.stage !== 'prefer_not' && record.stage !== 'skipped' ? record.stage : 'unsure';
  const court = record.court && record.court !== 'prefer_not' && record.court !== 'skipped' ? record.court : 'unsure';
  // The engine owns the level (offenseLevel): the person's answer counts only when it was asked.
  const statedLevel = asked('recordLevel') ? record.level : undefined;
  const known = offenseLevel(statedLevel, offenseEntryFor(record.offense));
  const level = known !== 'unsure' ? known : statedLevel === 'unsure' ? 'unsure' : 'skipped';
  const age =
    stage === 'juvenile_adjudication'
      ? 'minor'
      : record.age === 'minor' || record.age === 'adult' || record.age === 'unsure'
        ? record.age
        : 'skipped';

  const facts: RecordFactsInput = {
    id: record.id,
    // A code the person typed that is not shaped like `<code> <section>` is screened as unknown.
    offense: OFFENSE_CODE_PATTERN.test(typed) ? typed : 'unsure',
    stage,
    court,
    level,
    injuryOrGunEnhancement: asked('recordEnhancement') ? toAnswer(record.injuryOrGun) : 'skipped',
    ageAtOffense: age,
    duringHarm: asked('recordDuring') ? toAnswer(record.duringHarm) : 'skipped',
    becauseOfHarm: asked('recordBecause') ? toAnswer(record.becauseOfHarm) : 'skipped',
    sentenceDone: asked('recordSentence') ? toAnswer(record.sentenceDone) : 'skipped',
    sentence: asked('recordSentenceKind') ? toSentence(record.sentence) : 'skipped',
    burglaryHomeOccupied: asked('recordHome') ? toHomeOccupied(record.homeOccupied) : 'skipped',
    gangFinding: asked('recordGang') ? toAnswer(record.gangFinding) : 'skipped',
  };
  // Omitted linkedHarms means "every harm answered yes or unsure" (docs/case-format.md), which is
  // right when only one law is in play or the person did not pick ("not sure", "rather not say").
  // Only harms still answered "yes" or "not sure" can be linked; ticks for a harm since changed to
  // "no" are dropped.
  const picked = Array.isArray(record.linkedHarms) ? record.linkedHarms : [];
  const linked = picked.filter((harm) => possibleHarms(answers).includes(harm));
  if (asked('recordWhichHarm') && linked.length > 0) facts.linkedHarms = linked;
  return facts;
}

/** The facts for the rules engine. Only the records the person gave: none is ever made up. */
export function answersToFacts(answers: Answers): FactsInput {
  const facts: FactsInput = {
    harms: {
      trafficking: toAnswer(answers.harms?.trafficking),
      intimatePartnerViolence: toAnswer(answers.harms?.intimatePartnerViolence),
      sexualViolence: toAnswer(answers.harms?.sexualViolence),
    },
    situation: toSituation(answers),
    noncitizen: toAnswer(answers.noncitizen),
    records: answers.records.map((record, index) => recordToFacts(record, index, answers)),
  };
  // `[]` means "only my own statement"; omitted means we do not know (docs/case-format.md).
  if (answers.evidence?.reply === 'documents') facts.evidence = [...answers.evidence.kinds];
  else if (answers.evidence?.reply === 'none') facts.evidence = [];
  return facts;
}
