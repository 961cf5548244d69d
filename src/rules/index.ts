/** The one public entry of the rules engine (issue #3). Everything else in src/rules is internal. */
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
