/**
 * The offense catalog contract. The catalog itself is data (`catalog.ts` holds only a typed array
 * literal); the plain-language names and search words live in `locales/<lng>/offenses.json` under the
 * entry's `id`: `{ "<id>": { "name": "...", "searchWords": "..." } }`.
 */

/** How the law lets the offense be charged. A wobbler can be a felony or a misdemeanor. */
export type OffenseLevel = 'infraction' | 'misdemeanor' | 'felony' | 'wobbler';

/**
 * PC 667.5(c) status of the offense itself, before any enhancement:
 * - `yes`: the offense is on the list whenever it is a felony (e.g. any robbery, (c)(9));
 * - `no`: not on the list (it still becomes violent with a GBI or firearm finding, (c)(8));
 * - `depends`: on the list only in circumstances we do not ask about (e.g. first-degree burglary
 *   with a person present, (c)(21)); screened as unsure.
 */
export type ViolentStatus = 'yes' | 'no' | 'depends';

/**
 * What kind of offense, for grouping and for a few rules. `sex_work` is ONLY the person's own
 * selling or offering of sex (PC 647(b), former PC 653.22, living in a house of prostitution): the
 * engine treats a minor's `sex_work` record as a commercial sex act, and so as trafficking
 * (PC 236.1(c)). Pimping, pandering and trafficking others are `other` (or `violent_felony`).
 */
export type OffenseCategory =
  | 'theft_property'
  | 'fraud_identity'
  | 'drugs'
  | 'sex_work'
  | 'public_order'
  | 'vehicle'
  | 'court_process'
  | 'weapons'
  | 'assault_battery'
  | 'violent_felony'
  | 'sex_offense'
  | 'immigration_federal'
  | 'other';

export interface OffenseEntry {
  /** Stable id and key in `locales/<lng>/offenses.json`, e.g. `pc_647_b`. */
  readonly id: string;
  /** Canonical code, `<code> <section>`: `PC 647(b)`, `HS 11377(a)`, `USC 18 1028`. */
  readonly code: string;
  /** Other spellings or older numbers that mean the same offense (e.g. `PC 288a` for `PC 287`). */
  readonly aliases?: readonly string[];
  readonly level: OffenseLevel;
  readonly violent: ViolentStatus;
  /** The PC 667.5(c) paragraph when `violent` is `yes` or `depends`, e.g. `(c)(9)`. Why, for reviewers: docs/offense-notes.md. */
  readonly violentItem?: string;
  /**
   * The entry's violent status is not confirmed (e.g. 667.5(c)(20), (22), (23), which our law sources mark
   * UNCERTAIN); the engine should treat it as "violent: unsure". On a federal entry it means the
   * `federalCrimeOfViolence` value (level A or B) is not confirmed.
   */
  readonly violentUncertain?: boolean;
  /**
   * The section's subdivisions are classified differently although the catalog holds only this
   * entry: `findOffense` then does not fall back from an unlisted subdivision to this entry.
   */
  readonly subdivisionsDiffer?: boolean;
  /**
   * For a `depends` entry: the one record fact that decides whether it is on PC 667.5(c), asked only
   * when it changes the result (`burglaryHomeOccupied` for (c)(21), `gangFinding` for (c)(19)/(20)).
   */
  readonly dependsOn?: 'burglaryHomeOccupied' | 'gangFinding';
  readonly category: OffenseCategory;
  readonly flags: {
    /** Reducible under Proposition 47 (PC 1170.18) when it was a felony. */
    readonly prop47?: boolean;
    /** PC 647(b): the only offense PC 1203.49 reaches. */
    readonly prostitution647b?: boolean;
    /** Former PC 653.22: PC 653.29 dismiss-and-seal. */
    readonly loitering65322?: boolean;
    /** Requires sex-offender registration (PC 290): bars PC 1203.41 and automatic relief. */
    readonly registration290?: boolean;
    /** A "serious" felony (PC 1192.7(c)) but not violent: vacatur still possible; lawyer review. */
    readonly serious11927?: boolean;
    /** An attempt (other than attempted murder): not expressly on 667.5(c); lawyer review. */
    readonly attempt?: boolean;
    /**
     * A "super strike" (PC 667(e)(2)(C)(iv)): a conviction for it anywhere closes Proposition 47
     * (PC 1170.18(i)) for every record.
     */
    readonly superStrike?: boolean;
    /** Former PC 647f (felony prostitution with a prior, repealed 1/1/2018): PC 1170.21 / 1170.22. */
    readonly former647f?: boolean;
    /** A federal offense (screened under 18 U.S.C. 3771A, never a California pathway). */
    readonly federal?: boolean;
    /** A federal "crime of violence" (18 U.S.C. 16(a)): level B under 3771A. */
    readonly federalCrimeOfViolence?: boolean;
  };
}
