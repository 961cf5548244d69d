import { z } from 'zod';
import { COURTS, EVIDENCE_KINDS, HARM_KINDS, STAGES } from '@/rules/facts';

/**
 * What the person told us, in the wizard's own words. Every field is optional: a question never
 * asked is `undefined`; a question seen and passed over is `skipped`; "I'd rather not say" is
 * `prefer_not`. The difference matters for Check your answers ("Not answered" vs "Rather not say")
 * but both become `skipped` in the facts (to-facts.ts).
 */

export const REPLIES = ['yes', 'no', 'unsure', 'prefer_not', 'skipped'] as const;
export const replySchema = z.enum(REPLIES);
export type Reply = z.output<typeof replySchema>;

export const AUDIENCES = ['self', 'helper', 'learner', 'skipped'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SITUATION_REPLIES = ['ended', 'ongoing', 'unsure', 'prefer_not', 'skipped'] as const;
export type SituationReply = (typeof SITUATION_REPLIES)[number];

export const STAGE_REPLIES = [...STAGES, 'prefer_not', 'skipped'] as const;
export type StageReply = (typeof STAGE_REPLIES)[number];

export const COURT_REPLIES = [...COURTS, 'prefer_not', 'skipped'] as const;
export type CourtReply = (typeof COURT_REPLIES)[number];

export const LEVEL_REPLIES = ['misdemeanor', 'felony', 'infraction', 'unsure', 'prefer_not', 'skipped'] as const;
export type LevelReply = (typeof LEVEL_REPLIES)[number];

export const AGE_REPLIES = ['minor', 'adult', 'unsure', 'prefer_not', 'skipped'] as const;
export type AgeReply = (typeof AGE_REPLIES)[number];

export const EVIDENCE_REPLIES = ['documents', 'none', 'unsure', 'prefer_not', 'skipped'] as const;

export const recordAnswersSchema = z.strictObject({
  /** Local id, never shown: `r1`, `r2`… (case-format.md record ids). */
  id: z.string().regex(/^r\d{1,3}$/),
  stage: z.enum(STAGE_REPLIES).optional(),
  court: z.enum(COURT_REPLIES).optional(),
  /** An offense code from the catalog, a code the person typed, `unsure`, or `skipped`. */
  offense: z.string().trim().max(40).optional(),
  level: z.enum(LEVEL_REPLIES).optional(),
  injuryOrGun: replySchema.optional(),
  age: z.enum(AGE_REPLIES).optional(),
  duringHarm: replySchema.optional(),
  becauseOfHarm: replySchema.optional(),
  /** Which harm this record is tied to; `undefined` until asked. */
  linkedHarms: z.array(z.enum(HARM_KINDS)).max(3).optional(),
  sentenceDone: replySchema.optional(),
});
export type RecordAnswers = z.output<typeof recordAnswersSchema>;

export const answersSchema = z.strictObject({
  audience: z.enum(AUDIENCES).optional(),
  safeNow: replySchema.optional(),
  harmTrafficking: replySchema.optional(),
  harmPartner: replySchema.optional(),
  harmSexual: replySchema.optional(),
  situation: z.enum(SITUATION_REPLIES).optional(),
  soughtHelp: replySchema.optional(),
  records: z.array(recordAnswersSchema).max(50),
  evidence: z
    .strictObject({
      reply: z.enum(EVIDENCE_REPLIES),
      kinds: z.array(z.enum(EVIDENCE_KINDS)).max(EVIDENCE_KINDS.length),
    })
    .optional(),
  noncitizen: replySchema.optional(),
});
export type Answers = z.output<typeof answersSchema>;

export const emptyAnswers = (): Answers => ({ records: [] });

export function newRecord(existing: readonly RecordAnswers[]): RecordAnswers {
  const used = new Set(existing.map((record) => record.id));
  let n = existing.length + 1;
  while (used.has(`r${n}`)) n += 1;
  return { id: `r${n}` };
}

/** A harm counts as part of the person's story when they said yes or weren't sure. */
export const harmIsPossible = (reply: Reply | undefined): boolean => reply === 'yes' || reply === 'unsure';

export const HARM_ANSWER_KEYS = {
  trafficking: 'harmTrafficking',
  intimatePartnerViolence: 'harmPartner',
  sexualViolence: 'harmSexual',
} as const;

export function possibleHarms(answers: Answers): (typeof HARM_KINDS)[number][] {
  return HARM_KINDS.filter((harm) => harmIsPossible(answers[HARM_ANSWER_KEYS[harm]]));
}

export function hasAnyAnswer(answers: Answers): boolean {
  return Object.entries(answers).some(([key, value]) =>
    key === 'records' ? (value as RecordAnswers[]).length > 0 : value !== undefined,
  );
}
