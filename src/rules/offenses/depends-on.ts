import { offenseEntryFor } from './level';
import type { OffenseEntry } from './types';

/** A record fact that alone decides whether an offense is on the PC 667.5(c) violent list. */
export type DecidingFact = NonNullable<OffenseEntry['dependsOn']>;

/**
 * The one record fact that decides whether this offense is violent: `burglaryHomeOccupied` for
 * burglary ((c)(21)), `gangFinding` for extortion or dissuading a witness ((c)(19), (c)(20)).
 * Undefined for every other offense, "not sure", or an offense we do not know.
 */
export function dependsOn(code: string | undefined): DecidingFact | undefined {
  return offenseEntryFor(code)?.dependsOn;
}

/**
 * PC 667.5(c)(8), (19), (20) and (21) turn on a finding "charged and proved". With no charges, or
 * charges dismissed, nothing was proved, so those items cannot make the record violent.
 */
export function nothingProvedAt(stage: string | undefined): boolean {
  return stage === 'arrest_no_charges' || stage === 'charges_dismissed';
}
