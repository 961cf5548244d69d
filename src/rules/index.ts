/** The one public entry of the rules engine. Everything else in src/rules is internal. */
export { screen } from './screen';
export { factsSchema } from './facts';
export type { Facts, FactsInput, RecordFacts } from './facts';
export { LAW_REVIEWED } from './law-date';
export { OUTCOMES, OUTCOME_RANK, PATHWAY_IDS } from './types';
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
  ScreenOptions,
  ScreenOutcome,
  ScreeningResult,
} from './types';

// What the rest of the app needs to ask the right questions and to write facts the engine reads.
export { ANSWER_VALUES, COURTS, EVIDENCE_KINDS, HARM_KINDS, OFFENSE_CODE_PATTERN, SENTENCES, SITUATIONS, STAGES } from './facts';
export type { Answer, EvidenceKind, HarmKind, RecordFactsInput, Sentence, Situation } from './facts';
export { dependsOn, nothingProvedAt } from './offenses/depends-on';
export type { DecidingFact } from './offenses/depends-on';
export { findOffense, normaliseOffenseCode } from './offenses/lookup';
export { levelFixedByLaw, offenseEntryFor, offenseLevel } from './offenses/level';
export type { OffenseEntry } from './offenses/types';
