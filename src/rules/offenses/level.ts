import { findOffense } from './lookup';
import type { OffenseEntry } from './types';

type KnownLevel = 'infraction' | 'misdemeanor' | 'felony';

/**
 * The one owner of "what level is this offense" (the engine and the wizard both ask here). A level
 * the offense code fixes wins over the level the person gave (a PC 211 is a felony, a PC 647(b) a
 * misdemeanor): people often do not know, and the code is the law. Only a wobbler (PC 17(b)) or an
 * unknown offense takes the stated level; otherwise the level is unsure.
 */
export function offenseLevel(stated: string | undefined, entry: OffenseEntry | undefined): KnownLevel | 'unsure' {
  const fixed = levelFixedByLaw(entry);
  if (fixed) return fixed;
  if (stated === 'infraction' || stated === 'misdemeanor' || stated === 'felony') return stated;
  return 'unsure';
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
