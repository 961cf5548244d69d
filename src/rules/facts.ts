import { z } from 'zod/mini';

/**
 * The facts vocabulary, exactly as fixed by `docs/case-format.md`. The wizard produces these facts,
 * the case files state them, and `screen()` reads only them.
 *
 * Almost every answer can be "not sure" (`unsure`) or left unanswered (`skipped`): no question in the
 * wizard is required, and the engine must treat a missing answer as information, never as an error.
 * Omitting an optional key means `skipped`.
 */

/**
 * docs/case-format.md says YAML `yes`/`no` are strings, but a YAML 1.1 loader turns them into booleans;
 * map `true` to `yes` and `false` to `no` so both kinds of loader give the same facts.
 */
const yesNoBoolean = (value: unknown): unknown => (value === true ? 'yes' : value === false ? 'no' : value);

export const ANSWER_VALUES = ['yes', 'no', 'unsure', 'skipped'] as const;
export const answerSchema = z.pipe(z.transform(yesNoBoolean), z.enum(ANSWER_VALUES));
export type Answer = z.output<typeof answerSchema>;
const optionalAnswer = z._default(z.optional(answerSchema), 'skipped');

export const HARM_KINDS = ['trafficking', 'intimatePartnerViolence', 'sexualViolence'] as const;
export type HarmKind = (typeof HARM_KINDS)[number];

/**
 * `ongoing_help_unknown`: the harm is still going on and the person did not say, or is not sure,
 * whether they have reached out to a service. It is not "not sure it has ended": they told us it has not.
 */
export const SITUATIONS = [
  'ended',
  'ongoing_sought_help',
  'ongoing_no_help',
  'ongoing_help_unknown',
  'unsure',
  'skipped',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const EVIDENCE_KINDS = [
  'service_provider_letter',
  't_or_u_visa',
  'police_or_court_record',
  'protective_order',
  'medical_or_shelter_record',
  'other_document',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const STAGES = [
  'arrest_no_charges',
  'charges_dismissed',
  'pending',
  'conviction',
  'juvenile_adjudication',
  'unsure',
] as const;
export type Stage = (typeof STAGES)[number];

export const COURTS = ['california', 'other_state', 'federal', 'unsure'] as const;
export type Court = (typeof COURTS)[number];

export const LEVELS = ['infraction', 'misdemeanor', 'felony', 'unsure', 'skipped'] as const;
export type Level = (typeof LEVELS)[number];

export const AGES = ['minor', 'adult', 'unsure', 'skipped'] as const;
export type AgeAtOffense = (typeof AGES)[number];

export const SENTENCES = [
  'probation',
  'county_jail',
  'state_prison',
  'fine_only',
  'none',
  'unsure',
  'skipped',
] as const;
export type Sentence = (typeof SENTENCES)[number];

/**
 * An offense is `<code> <section>` (`PC 647(b)`, `HS 11377`, `USC 18 1028`) or `unsure`.
 * The shape is checked loosely on purpose: an unknown but well-formed code is screened as
 * "offense not recognised", never rejected (docs/case-format.md).
 */
export const OFFENSE_CODE_PATTERN = /^(PC|HS|VC|BP|WI|USC)\s+\S.*$/i;
export const offenseSchema = z.string().check(
  z.trim(),
  z.refine((value) => value === 'unsure' || OFFENSE_CODE_PATTERN.test(value), {
    error: 'offense must be "unsure" or a code such as "PC 647(b)", "HS 11377" or "USC 18 1028"',
  }),
);

export const recordSchema = z.strictObject({
  id: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  offense: offenseSchema,
  stage: z.enum(STAGES),
  court: z.enum(COURTS),
  level: z._default(z.optional(z.enum(LEVELS)), 'skipped'),
  injuryOrGunEnhancement: optionalAnswer,
  ageAtOffense: z._default(z.optional(z.enum(AGES)), 'skipped'),
  duringHarm: optionalAnswer,
  becauseOfHarm: optionalAnswer,
  /** Omitted = every harm answered `yes` or `unsure` (docs/case-format.md). */
  linkedHarms: z.optional(z.array(z.enum(HARM_KINDS))),
  sentenceDone: optionalAnswer,
  sentence: z._default(z.optional(z.enum(SENTENCES)), 'skipped'),
  offenseYear: z.optional(z.int().check(z.minimum(1900), z.maximum(2100))),
  alreadyDismissed: optionalAnswer,
  /**
   * Only for burglary (PC 459 / 460(a)): it was a home and someone other than the person (and anyone
   * with them) was inside. Decides PC 667.5(c)(21). Missing means "not sure": at most `possible`.
   */
  burglaryHomeOccupied: optionalAnswer,
  /**
   * Only for offenses that are violent when committed for a gang (PC 518, PC 136.1): the court found
   * it was done for a gang (PC 186.22). Decides PC 667.5(c)(19)/(20). Missing means "not sure".
   */
  gangFinding: optionalAnswer,
});
export type RecordFacts = z.output<typeof recordSchema>;
export type RecordFactsInput = z.input<typeof recordSchema>;

export const factsSchema = z
  .strictObject({
    harms: z._default(
      z.optional(
        z.strictObject({
          trafficking: optionalAnswer,
          intimatePartnerViolence: optionalAnswer,
          sexualViolence: optionalAnswer,
        }),
      ),
      { trafficking: 'skipped', intimatePartnerViolence: 'skipped', sexualViolence: 'skipped' },
    ),
    situation: z._default(z.optional(z.enum(SITUATIONS)), 'skipped'),
    /** `[]` = only the person's own statement; omitted = skipped. */
    evidence: z.optional(z.array(z.enum(EVIDENCE_KINDS))),
    noncitizen: optionalAnswer,
    records: z.array(recordSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((facts, ctx) => {
      const seen = new Set<string>();
      facts.records.forEach((record, index) => {
        if (seen.has(record.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['records', index, 'id'],
            message: `duplicate record id "${record.id}"`,
          });
        }
        seen.add(record.id);
      });
    }),
  );

/** Facts after validation: every optional answer is filled in with `skipped`. */
export type Facts = z.output<typeof factsSchema>;
/** Facts as written in a case file or produced by the wizard, before defaults. */
export type FactsInput = z.input<typeof factsSchema>;
