import { findOffense } from './lookup';
import type { OffenseEntry } from './types';

type KnownLevel = 'infraction' | 'misdemeanor' | 'felony';

/**
 * The one owner of "what level is this offense" (the engine and the wizard both ask here): a
 * definite stated level counts, else the level the law fixes for the offense, else unsure. A
 * wobbler (PC 17(b)) has no fixed level: only the record can say which it was. The wizard asks
 * the level only when the law does not fix it, so for its answers the order never matters.
 */
export function offenseLevel(stated: string | undefined, entry: OffenseEntry | undefined): KnownLevel | 'unsure' {
  if (stated === 'infraction' || stated === 'misdemeanor' || stated === 'felony') return stated;
  return levelFixedByLaw(entry) ?? 'unsure';
}

/** The level the law fixes for the offense, or undefined for a wobbler or an unknown offense. */
export function levelFixedByLaw(entry: OffenseEntry | undefined): KnownLevel | undefined {
  return entry && entry.level !== 'wobbler' ? entry.level : undefined;
}

/** The catalog entry for an offense answer, or undefined for "not sure", skipped or unknown. */
export function offenseEntryFor(code: string | undefined): OffenseEntry | undefined {
  if (!code || code === 'unsure' || code === 'skipped' || code === 'prefer_not') return undefined;
  return findOffense(code);
}
