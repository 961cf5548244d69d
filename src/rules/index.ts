/** The one public entry of the rules engine. Everything else in src/rules is internal. */
export type { Facts, FactsInput, RecordFacts } from './facts';
export { factsSchema } from './facts';
export { LAW_REVIEWED } from './law-date';
export { screen } from './screen';
export type {
  Citation,
  ElementResult,
  ElementStatus,
  InvalidFactsError,
  Message,
  Outcome,
  PathwayId,
  PathwayResult,
  RecordResult,
  ScreeningResult,
  ScreenOptions,
  ScreenOutcome,
} from './types';
export { OUTCOME_RANK, OUTCOMES, PATHWAY_IDS } from './types';

// What the rest of the app needs to ask the right questions and to write facts the engine reads.
export type { Answer, EvidenceKind, HarmKind, RecordFactsInput, Sentence, Situation } from './facts';
export {
  ANSWER_VALUES,
  COURTS,
  EVIDENCE_KINDS,
  HARM_KINDS,
  OFFENSE_CODE_PATTERN,
  SENTENCES,
  SITUATIONS,
  STAGES,
} from './facts';
export type { DecidingFact } from './offenses/depends-on';
export { dependsOn, nothingProvedAt } from './offenses/depends-on';
export { levelFixedByLaw, offenseEntryFor, offenseLevel } from './offenses/level';
export { findOffense, normaliseOffenseCode } from './offenses/lookup';
export type { OffenseEntry } from './offenses/types';
