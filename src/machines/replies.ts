import { z } from 'zod/mini';

import { COURTS, HARM_KINDS, type HarmKind, type Sentence, STAGES } from '@/rules';

/**
 * The values an answer can take, in the wizard's own words. A question never asked is
 * `undefined`; a question seen and passed over is `skipped`; "I'd rather not say" is `prefer_not`.
 * The difference matters for Check your answers ("Not answered" vs "Rather not say") but both
 * become `skipped` in the facts (to-facts.ts).
 */

export const REPLIES = ['yes', 'no', 'unsure', 'prefer_not', 'skipped'] as const;
export const replySchema = z.enum(REPLIES);
export type Reply = z.output<typeof replySchema>;

export const AUDIENCES = ['self', 'helper', 'learner', 'skipped'] as const;
export const SITUATION_REPLIES = ['ended', 'ongoing', 'unsure', 'prefer_not', 'skipped'] as const;
export const STAGE_REPLIES = [...STAGES, 'prefer_not', 'skipped'] as const;
export const COURT_REPLIES = [...COURTS, 'prefer_not', 'skipped'] as const;
export const LEVEL_REPLIES = ['misdemeanor', 'felony', 'infraction', 'unsure', 'prefer_not', 'skipped'] as const;
export const AGE_REPLIES = ['minor', 'adult', 'unsure', 'prefer_not', 'skipped'] as const;
export const EVIDENCE_REPLIES = ['documents', 'none', 'unsure', 'prefer_not', 'skipped'] as const;
export const SENTENCE_REPLIES = [
  'probation',
  'county_jail',
  'state_prison',
  'fine_only',
  'none',
  'unsure',
  'prefer_not',
  'skipped',
] as const satisfies readonly (Sentence | 'prefer_not')[];
/** Two ways to say "no" (no one else inside, or not a home): both are `no` in the facts. */
export const HOME_REPLIES = ['yes', 'no_one_inside', 'not_a_home', 'unsure', 'prefer_not', 'skipped'] as const;

/** A harm counts as part of the person's story when they said yes or weren't sure. */
export const harmIsPossible = (reply: Reply | undefined): boolean => reply === 'yes' || reply === 'unsure';

export const HARM_ANSWER_KEYS = {
  trafficking: 'harmTrafficking',
  intimatePartnerViolence: 'harmPartner',
  sexualViolence: 'harmSexual',
} as const;

type HarmReplies = { readonly [K in (typeof HARM_ANSWER_KEYS)[HarmKind]]?: Reply };

/** The harms this person said happened (or may have). */
export function possibleHarms(answers: HarmReplies): HarmKind[] {
  return HARM_KINDS.filter((harm) => harmIsPossible(answers[HARM_ANSWER_KEYS[harm]]));
}

/** "Not sure" and "rather not say" come last, after a divider (GOV.UK "or"). */
export interface ChoiceOption {
  readonly value: string;
  /** Label key under `steps.<step>.options`; defaults to the value. */
  readonly label?: string;
  /** Draw the GOV.UK "or" divider before this option. */
  readonly dividerBefore?: boolean;
}

export const UNSURE_OR_RATHER_NOT: readonly ChoiceOption[] = [
  { value: 'unsure', dividerBefore: true },
  { value: 'prefer_not' },
];
export const YES_NO: readonly ChoiceOption[] = [{ value: 'yes' }, { value: 'no' }, ...UNSURE_OR_RATHER_NOT];
