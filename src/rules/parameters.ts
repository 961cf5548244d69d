/**
 * Dated legal parameters: every date or number a rule compares against
 * lives here with its source, never as a magic value inside a rule. ISO dates compare as strings.
 */

/** PC 236.15 added by AB 124, in effect 1/1/2022 (docs/law-sources.md). */
export const PC236_15_IN_FORCE = '2022-01-01';

/** SB 357 (2022, Ch. 86): PC 653.22 repealed and PC 653.29 petitions available from 1/1/2023 (docs/law-sources.md). */
export const PC653_22_REPEALED = '2023-01-01';
/** Last year in which conduct could still be a PC 653.22 offense. */
export const PC653_22_LAST_OFFENSE_YEAR = 2022;

/** Trafficking Survivors Relief Act, Pub. L. 119-73, signed 1/23/2026 (docs/law-sources.md). */
export const USC3771A_IN_FORCE = '2026-01-23';

/**
 * Limitations periods used by PC 851.91 ("the statute of limitations has run"), in whole years.
 * PC 802 (misdemeanor: 1 year) and PC 801 (most felonies: 3 years). These are the general
 * periods only; longer periods for particular offenses are not modelled (see pc851-91.ts).
 */
export const LIMITATION_YEARS = { misdemeanor: 1, infraction: 1, felony: 3 } as const;

/** Proposition 47 value limit for theft-type offenses (PC 1170.18; docs/law-sources.md). */
export const PROP47_VALUE_LIMIT_DOLLARS = 950;
